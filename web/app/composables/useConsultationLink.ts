import type { InjectionKey, Ref } from 'vue'

interface ConsultationQuery {
  condition?: string
  location?: string
}
type ConsultationContext = Ref<ConsultationQuery>
const KEY: InjectionKey<ConsultationContext> = Symbol('consultation-context')

/** Condition and location pages pre-select themselves in every consultation link they contain. */
export function provideConsultationContext(context: ConsultationContext) {
  provide(KEY, context)
}

/** `/request-consultation`, pre-selecting a condition and/or location. */
export function consultationHref(context: ConsultationQuery = {}): string {
  const query = new URLSearchParams(
    Object.entries(context).filter((entry): entry is [string, string] => !!entry[1]),
  ).toString()
  return query ? `/request-consultation?${query}` : '/request-consultation'
}

/** The consultation link for the page this component appears on. */
export function useConsultationHref() {
  const context = inject(KEY, undefined)
  return computed(() => consultationHref(context?.value))
}
