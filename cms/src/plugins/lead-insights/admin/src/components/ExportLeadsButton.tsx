import { Button } from '@strapi/design-system'
import { Download } from '@strapi/icons'
import { useFetchClient, useNotification } from '@strapi/strapi/admin'
import { useState } from 'react'
import { useLocation } from 'react-router-dom'
import { LEADS_LIST_PATH } from '../api'

/** The server's own message (e.g. "narrow the filters"), else a generic one. */
async function errorMessage(body: Blob): Promise<string> {
  try {
    const parsed = JSON.parse(await body.text()) as { error?: { message?: string } }
    return parsed.error?.message || 'The export failed.'
  } catch {
    return 'The export failed.'
  }
}

/**
 * "Export CSV" on the leads list: downloads the list as filtered, searched and sorted on screen
 * (every page of it). Shown only on the leads list; the server checks the user may read leads.
 */
export function ExportLeadsButton() {
  const { pathname, search } = useLocation()
  const { get } = useFetchClient()
  const { toggleNotification } = useNotification()
  const [busy, setBusy] = useState(false)
  if (!pathname.endsWith(LEADS_LIST_PATH)) return null

  const download = async () => {
    setBusy(true)
    try {
      const response = await get('/lead-insights/export.csv', {
        params: search.replace(/^\?/, ''),
        responseType: 'blob',
        validateStatus: () => true,
      })
      if (response.status !== 200) {
        throw new Error(await errorMessage(response.data))
      }
      const disposition = response.headers?.get('Content-Disposition') ?? ''
      const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'leads.csv'
      const url = URL.createObjectURL(response.data)
      const anchor = document.createElement('a')
      anchor.href = url
      anchor.download = filename
      anchor.click()
      setTimeout(() => URL.revokeObjectURL(url), 1000)
      const rows = response.headers?.get('X-Export-Row-Count')
      toggleNotification({ type: 'success', message: `Exported ${rows ?? 'the'} leads.` })
    } catch (error) {
      toggleNotification({
        type: 'danger',
        message: error instanceof Error && error.message ? error.message : 'The export failed.',
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button variant="secondary" startIcon={<Download />} loading={busy} onClick={download}>
      Export CSV
    </Button>
  )
}
