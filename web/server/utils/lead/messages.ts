import type { H3Event } from 'h3'
import { formatPhone } from '../../../shared/utils/phone'
import { useCmsData } from '../cms-data'

/** "(817) 555-0134" from the site settings, or null while the CMS is unavailable. */
async function clinicPhone(event: H3Event): Promise<string | null> {
  try {
    return formatPhone((await useCmsData(event).getSiteSettings()).mainPhone)
  } catch {
    return null
  }
}

export async function rateLimitMessage(event: H3Event): Promise<string> {
  const phone = await clinicPhone(event)
  const call = phone ? `please call us at ${phone}` : 'please call the clinic'
  return `We have received several requests from you in a short time. To reach us now, ${call}.`
}

export async function failureMessage(event: H3Event): Promise<string> {
  const phone = await clinicPhone(event)
  const call = phone ? `call us at ${phone}` : 'call the clinic'
  return `We could not save your request right now. Please try again in a few minutes or ${call}.`
}

export const CONFLICT_MESSAGE =
  'This form was already sent with different details. Please reload the page and send it again.'
