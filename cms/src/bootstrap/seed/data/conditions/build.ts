import { cta, p } from '../../blocks'
import type { SeedEntry } from '../../types'

interface ConditionSeed {
  name: string
  slug: string
  summary: string
  displayOrder: number
  symptoms?: string[]
}

/**
 * Summaries are short and neutral on purpose: clinical wording is for the clinic's staff to write.
 * PTSD's symptom list is the one from the clinic's own article.
 */
export const condition = ({
  name,
  slug,
  summary,
  displayOrder,
  symptoms = [],
}: ConditionSeed): SeedEntry => ({
  uid: 'api::condition.condition',
  slug,
  data: {
    name,
    slug,
    summary,
    displayOrder,
    symptoms: symptoms.map((text) => ({ text })),
    body: [
      p(summary),
      p(
        `If you are living with ${name === 'PTSD' ? 'PTSD' : name.toLowerCase()} and would like to know whether ketamine infusion therapy could be an option for you, request a consultation. Our team will review your history, answer your questions and talk through your options with you.`,
      ),
      cta(
        'Request A Consultation',
        'Take the first step: tell us how to reach you and our team will be in touch.',
        'Request A Consultation',
        'request-consultation',
      ),
    ],
    seo: {
      metaTitle: `${name} Treatment in Fort Worth, TX | Vigeo Wellness`,
      metaDescription: summary.slice(0, 170),
      noIndex: false,
    },
  },
})
