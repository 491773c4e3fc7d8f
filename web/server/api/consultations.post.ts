import { handleLeadPost } from '../utils/lead/handler'

/**
 * Consultation requests: JSON from the form's script, or form data from any client. Form data
 * that succeeds is redirected (303) to the thank-you page; the no-script form itself posts to
 * /request-consultation so that its errors render in the page (server/middleware/lead-form.ts).
 */
export default defineEventHandler(async (event) => {
  const result = await handleLeadPost(event)
  if (result.kind === 'form' && result.status < 300) {
    return sendRedirect(event, '/request-consultation/thank-you', 303)
  }
  setResponseStatus(event, result.status)
  return result.body
})
