import type { Core } from '@strapi/strapi'

interface AdminActor {
  id: number
  name: string
}

interface RequestState {
  auth?: { strategy?: { name?: string } }
  user?: { id?: number; firstname?: string; lastname?: string; username?: string; email?: string }
}

/**
 * The admin user behind the current Document Service call, when it comes from the admin panel
 * (the content manager runs the Document Service inside the request). Undefined for the intake
 * route, scripts and tasks.
 */
export const currentAdmin = (strapi: Core.Strapi): AdminActor | undefined => {
  const state = strapi.requestContext.get()?.state as RequestState | undefined
  const user = state?.user
  if (state?.auth?.strategy?.name !== 'admin' || typeof user?.id !== 'number') return undefined
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ').trim()
  return { id: user.id, name: name || user.username || user.email || `Admin #${user.id}` }
}
