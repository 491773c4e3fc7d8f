import { factories } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import type { IntakeOutcome, LeadIntakeService } from '../services/lead-intake'
import { parseLeadSubmission } from '@vigeo/lead-contract'

const invalid = (details: { path: string[]; message: string }[]) =>
  new errors.ValidationError('The consultation request has invalid fields.', { errors: details })

export default factories.createCoreController('api::lead.lead', ({ strapi }) => ({
  /** POST /api/lead-submissions: the site's one way to store a consultation request. */
  async submit(ctx) {
    const parsed = parseLeadSubmission(ctx.request.body)
    if (!parsed.ok) throw invalid(parsed.errors)

    const intake = strapi.api('lead').service<LeadIntakeService>('lead-intake')
    let result: IntakeOutcome
    try {
      result = await intake.submit(parsed.lead, parsed.spam)
    } catch (error) {
      if (error instanceof errors.ValidationError) {
        const details = (error.details as { errors?: { path: string[]; message: string }[] }).errors
        // Rebuilt so that no submitted value is carried into the answer or the logs.
        throw invalid((details ?? []).map(({ path, message }) => ({ path, message })))
      }
      // Database errors quote the query and its values: log the kind of error only.
      const name = error instanceof Error ? error.name : typeof error
      strapi.log.error(`[lead-intake] Could not store a submission (${name}).`)
      return ctx.throw(503, 'The request could not be stored. Please try again.')
    }

    switch (result.outcome) {
      case 'invalid':
        throw invalid(result.errors)
      case 'conflict':
        return ctx.throw(
          409,
          'This submission id was already used for a different request. Send a new submission id.',
        )
      default:
        ctx.status = result.outcome === 'created' ? 201 : 200
        ctx.body = { data: { submissionId: result.submissionId, receivedAt: result.receivedAt } }
    }
  },
}))
