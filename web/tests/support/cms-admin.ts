import { isRecord } from '@vigeo/lead-contract'
import { adminJwt } from './cms-server'

async function request(url: string, init: RequestInit): Promise<unknown> {
  const response = await fetch(url, init)
  if (!response.ok) throw new Error(`${init.method} ${url} answered ${response.status}`)
  return response.json()
}

/** The CMS admin API as the test super admin, the way an editor works in the admin panel. */
export async function cmsAdmin(cmsUrl: string) {
  const jwt = await adminJwt(cmsUrl)
  const auth = { Authorization: `Bearer ${jwt}` }
  const json = { ...auth, 'Content-Type': 'application/json' }
  const documentId = (body: unknown): string => {
    const id = isRecord(body) && isRecord(body.data) ? body.data.documentId : undefined
    if (typeof id !== 'string') throw new Error('Content manager returned no documentId')
    return id
  }
  const base = (uid: string) => `${cmsUrl}/content-manager/collection-types/${uid}`

  return {
    /** Saves a draft (never published), as "Save" in the admin does. */
    async createDraft(uid: string, data: Record<string, unknown>): Promise<string> {
      const body = await request(base(uid), {
        method: 'POST',
        headers: json,
        body: JSON.stringify(data),
      })
      return documentId(body)
    },
    async createPublished(uid: string, data: Record<string, unknown>): Promise<string> {
      const id = await this.createDraft(uid, data)
      await this.publish(uid, id)
      return id
    },
    /** Saves changes to the draft, as "Save" in the admin does. */
    async update(uid: string, id: string, data: Record<string, unknown>): Promise<void> {
      await request(`${base(uid)}/${id}`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify(data),
      })
    },
    async publish(uid: string, id: string): Promise<void> {
      await request(`${base(uid)}/${id}/actions/publish`, {
        method: 'POST',
        headers: json,
        body: '{}',
      })
    },
    async unpublish(uid: string, id: string): Promise<void> {
      await request(`${base(uid)}/${id}/actions/unpublish`, {
        method: 'POST',
        headers: json,
        body: '{}',
      })
    },
    /** Saves and publishes a single type (e.g. Site settings), as "Publish" in the admin does. */
    async publishSingle(uid: string, data: Record<string, unknown>): Promise<void> {
      const single = `${cmsUrl}/content-manager/single-types/${uid}`
      await request(single, { method: 'PUT', headers: json, body: JSON.stringify(data) })
      await request(`${single}/actions/publish`, { method: 'POST', headers: json, body: '{}' })
    },
    async delete(uid: string, id: string): Promise<void> {
      await request(`${base(uid)}/${id}`, { method: 'DELETE', headers: auth })
    },
    /** Uploads a file to the media library; returns its URL as the CMS gives it (/uploads/…). */
    async upload(name: string, type: string, bytes: Uint8Array): Promise<string> {
      const form = new FormData()
      form.append('files', new Blob([Buffer.from(bytes)], { type }), name)
      const body = await request(`${cmsUrl}/upload`, { method: 'POST', headers: auth, body: form })
      const url = Array.isArray(body) && isRecord(body[0]) ? body[0].url : undefined
      if (typeof url !== 'string') throw new Error('Upload returned no URL')
      return url
    },
  }
}
