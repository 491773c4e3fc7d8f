import type { ComputedRef, Ref } from 'vue'

const STATUS_MESSAGES: Record<number, string> = {
  404: 'Page Not Found',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
}

interface FetchResult<T> {
  data: Ref<T | undefined>
  error: { readonly value: { statusCode?: number } | null | undefined }
}

/**
 * Fails the page with the status of the site's API (a real 404 for an unknown slug, 503 while
 * the CMS is down) instead of rendering an empty page; otherwise returns the loaded data.
 */
export function requireCmsData<T>({ data, error }: FetchResult<T>): ComputedRef<T> {
  const loaded = data.value
  if (error.value || loaded === undefined || loaded === null) {
    const statusCode = error.value?.statusCode ?? 502
    // Not `fatal`: no app runs in the browser, and Nitro logs a fatal error with its stack, so
    // every bot asking for an unknown page would write a stack trace to the log.
    throw createError({ statusCode, statusMessage: STATUS_MESSAGES[statusCode] ?? 'Error' })
  }
  return computed(() => data.value ?? loaded)
}
