import { handleLeadPost } from '../utils/lead/handler'

export const LEAD_FORM_PATH = '/request-consultation'

/**
 * The no-script consultation form posts to its own page. Success redirects (303) to the
 * thank-you page; otherwise the page renders again from this request with the field errors
 * (event.context.leadForm), so the patient's details travel only in the POST body and the
 * no-store response, never in a URL, a log line or a cache.
 */
export default defineEventHandler(async (event) => {
  if (event.method !== 'POST' || event.path.split('?')[0] !== LEAD_FORM_PATH) return
  const result = await handleLeadPost(event)
  if (result.status < 300) return sendRedirect(event, `${LEAD_FORM_PATH}/thank-you`, 303)
  event.context.leadForm = {
    status: result.status,
    fields: result.fields,
    errors: result.body.errors ?? { form: result.body.message ?? 'Please check the form.' },
  }
})
