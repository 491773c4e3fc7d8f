import {
  fromFormFields,
  LEAD_FIELDS,
  type LeadFieldErrors,
  leadFormSchema,
  toFieldErrors,
} from '@vigeo/lead-contract'

/**
 * Inline validation for the server-rendered consultation form, which ships no Vue app (built by
 * modules/lead-form-script.ts). It runs the shared schema, the same rules the server applies, and
 * fills in the error elements LeadForm renders hidden: a field's message on leaving it, every
 * message with a summary on submit. A valid form then posts as it does without JavaScript, so
 * the server (server/middleware/lead-form.ts) stays the one place that accepts a request.
 */
const VISIBLE = new Set<string>(LEAD_FIELDS)

function enhance(form: HTMLFormElement) {
  const summary = form.querySelector<HTMLElement>('.lead-summary')
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')
  const label = submit?.textContent ?? ''
  const controls = (field: string) =>
    Array.from(form.querySelectorAll<HTMLInputElement>(`[name="${field}"]`))
  const shown: LeadFieldErrors = {}
  for (const field of LEAD_FIELDS) {
    const error = document.getElementById(`lead-${field}-error`)
    if (error && !error.hidden && error.textContent) shown[field] = error.textContent.trim()
  }

  /** The messages for the fields a patient fills in; hidden fields are the server's to judge. */
  function validate(): LeadFieldErrors {
    const params = new URLSearchParams()
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string') params.append(name, value)
    }
    const result = leadFormSchema.safeParse(fromFormFields(params))
    if (result.success) return {}
    const errors = toFieldErrors(result.error)
    return Object.fromEntries(Object.entries(errors).filter(([field]) => VISIBLE.has(field)))
  }

  function showField(field: string, message: string | undefined) {
    const error = document.getElementById(`lead-${field}-error`)
    const targets = controls(field)
    if (!error || targets.length === 0) return
    shown[field] = message
    error.textContent = message ?? ''
    error.hidden = !message
    for (const control of targets) {
      if (message) control.setAttribute('aria-invalid', 'true')
      else control.removeAttribute('aria-invalid')
    }
    // A radio group is described as a whole, by its fieldset; other controls each by their own.
    const described = targets[0]?.type === 'radio' ? [targets[0].closest('fieldset')] : targets
    const hint = document.getElementById(`lead-${field}-hint`)
    const ids = [hint?.id, message ? error.id : undefined].filter(Boolean).join(' ')
    for (const element of described) {
      if (ids) element?.setAttribute('aria-describedby', ids)
      else element?.removeAttribute('aria-describedby')
    }
  }

  function showSummary() {
    if (!summary) return
    const items = LEAD_FIELDS.flatMap((field) => {
      const message = shown[field]
      const control = controls(field)[0]
      if (!message || !control) return []
      const link = document.createElement('a')
      link.href = `#${control.id}`
      link.textContent = message
      const item = document.createElement('li')
      item.append(link)
      return [item]
    })
    summary.querySelector('ul')?.replaceChildren(...items)
    summary.hidden = items.length === 0
  }

  function check(field: string) {
    if (!VISIBLE.has(field)) return
    showField(field, validate()[field])
    // A summary already on screen follows along, so a fixed field leaves it.
    if (summary && !summary.hidden) showSummary()
  }

  const isChoice = (target: EventTarget | null): target is HTMLInputElement =>
    target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')
  // Text and lists are checked on leaving them, choices as soon as they change.
  form.addEventListener('focusout', ({ target }) => {
    if (isChoice(target)) return
    if (
      target instanceof HTMLInputElement ||
      target instanceof HTMLSelectElement ||
      target instanceof HTMLTextAreaElement
    ) {
      check(target.name)
    }
  })
  form.addEventListener('change', ({ target }) => {
    if (isChoice(target)) check(target.name)
  })

  let sending = false
  form.addEventListener('submit', (event) => {
    if (sending) return event.preventDefault()
    const found = validate()
    for (const field of LEAD_FIELDS) showField(field, found[field])
    const first = LEAD_FIELDS.find((field) => found[field] && controls(field)[0])
    if (first) {
      event.preventDefault()
      showSummary()
      controls(first)[0]?.focus()
      return
    }
    // Valid: the browser posts the form; block a second click while it does.
    sending = true
    if (submit) {
      submit.disabled = true
      submit.textContent = 'Sending…'
    }
  })
  // Back from the thank-you page (back/forward cache): the form can be sent again.
  window.addEventListener('pageshow', () => {
    sending = false
    if (submit) {
      submit.disabled = false
      submit.textContent = label
    }
  })
  form.dataset.enhanced = ''
}

const form = document.querySelector<HTMLFormElement>('form[data-inline-validation]')
if (form) enhance(form)
