import { isRecord } from '@vigeo/lead-contract'
import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { errorBody } from '../utils/error-body'
import {
  type AttributeShape,
  CHECKED_PARAMS,
  type ModelLookup,
  normaliseContentApiQuery,
  QueryShapeError,
} from '../utils/query-shape'

/**
 * Requests Strapi answered with a 500 (or Koa with a 501), answered with a plain 4xx instead:
 * - content-API query parameters of the wrong shape (`sort=../../`, `filters[$and]=x`, a number
 *   filter with text on PostgreSQL…): checked on every /api request against the content type the
 *   path reads (utils/query-shape.ts), and written back in one canonical form;
 * - methods no route serves (PROPFIND, …): 405 rather than Koa's 501;
 * - a JSON body that is not an object (`[]`, `"text"`): every route of this CMS takes an object,
 *   and some of Strapi's own (admin login) failed with a 500 on anything else;
 * - a NUL character in the URL or in a JSON string (`/api/pages/%00`): PostgreSQL cannot store
 *   or compare text holding one and failed the query with a 500.
 */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

/** Whether a parsed JSON value holds a NUL character in any string (keys included). */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0')
  if (Array.isArray(value)) return value.some(holdsNul)
  if (isRecord(value)) {
    return Object.entries(value).some(([key, item]) => key.includes('\0') || holdsNul(item))
  }
  return false
}

/**
 * The content type a content-API path reads, from the route names Strapi derives from the
 * schemas: `/api/<plural>[/:id]` and `/api/<singular>` for the app's types,
 * `/api/<plugin>/<plural>` for plugins' (and `/api/users` for users-permissions).
 */
function routeModels(strapi: Core.Strapi): Map<string, string> {
  const models = new Map<string, string>()
  for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
    const { pluralName, singularName } = contentType.info
    const plugin = /^plugin::([^.]+)\./.exec(uid)?.[1]
    if (uid.startsWith('api::')) {
      models.set(pluralName, uid)
      models.set(singularName, uid)
    } else if (plugin) {
      models.set(`${plugin}/${pluralName}`, uid)
      if (!models.has(pluralName)) models.set(pluralName, uid)
    }
  }
  return models
}

const requestGuard: Core.MiddlewareFactory = (_config, { strapi }) => {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api')
  let models: Map<string, string> | undefined
  const lookup: ModelLookup = (uid) =>
    (strapi.contentTypes[uid as never] ?? strapi.components[uid as never])?.attributes as
      Record<string, AttributeShape> | undefined

  return async (ctx, next) => {
    if (!METHODS.includes(ctx.method)) {
      ctx.set('Allow', METHODS.join(', '))
      ctx.status = 405
      ctx.body = errorBody(405, 'MethodNotAllowedError', 'Method not allowed.')
      return
    }
    if (/%00|\0/i.test(ctx.originalUrl)) {
      throw new errors.ValidationError('The request URL must not contain a NUL character.')
    }
    const query = (ctx.query ?? {}) as Record<string, unknown>
    if (ctx.path.startsWith(`${prefix}/`) && CHECKED_PARAMS.some((key) => key in query)) {
      models ??= routeModels(strapi)
      const [first = '', second = ''] = ctx.path.slice(prefix.length + 1).split('/')
      const uid = models.get(`${first}/${second}`) ?? models.get(first)
      try {
        ctx.query = normaliseContentApiQuery(query, { lookup, uid })
      } catch (error) {
        if (error instanceof QueryShapeError) {
          throw new errors.ValidationError(`Invalid query: ${error.message}`)
        }
        throw error
      }
    }
    const body: unknown = ctx.request.body
    if (ctx.is('json') && body !== undefined && !isRecord(body)) {
      throw new errors.ValidationError('The request body must be a JSON object.')
    }
    if (ctx.is('json') && holdsNul(body)) {
      throw new errors.ValidationError('Text in the request body must not contain NUL characters.')
    }
    await next()
  }
}

export default requestGuard
