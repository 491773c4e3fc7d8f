import type { ModelAdmin } from '../utils/model-admin'

/** How the admin shows the lead.* components (src/components/lead/). */
const components: ModelAdmin[] = [
  {
    uid: 'lead.status-change',
    descriptions: {
      from: 'The status before the change.',
      to: 'The status after the change.',
      changedAt: 'When the status was changed.',
      changedBy: 'The member of staff who changed it ("System" for automatic changes).',
      changedById: 'Admin user id of the member of staff who changed it.',
      summary: 'The change in one line, as listed on the lead (e.g. "new → contacted, by …").',
    },
    readOnly: ['from', 'to', 'changedAt', 'changedBy', 'changedById', 'summary'],
    mainField: 'summary',
  },
  {
    uid: 'lead.note',
    descriptions: {
      text: 'The note. Keep to what is needed for intake; it is health information.',
      author: 'Who wrote the note. Set automatically.',
      writtenAt: 'When the note was saved. Set automatically.',
    },
    readOnly: ['author', 'writtenAt'],
    mainField: 'text',
  },
]

export default components
