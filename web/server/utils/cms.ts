import axios from 'axios'
import qs from 'qs'
import type {
  Article,
  Condition,
  HomePage,
  SiteSetting,
  StrapiDocument,
} from '../../shared/types/cms'
import { CmsNotFoundError, CmsResponseError, toCmsError } from './cms-errors'

export interface CmsClientOptions {
  baseURL: string
  /** Sent as a bearer token only when non-empty. */
  token?: string
  timeoutMs: number
}

export type CmsQuery = Record<string, unknown>
export type CmsClient = ReturnType<typeof createCmsClient>

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The generated types already describe what the CMS schema promises; checking the envelope and
 * the fields a page cannot render without catches a CMS/web mismatch without a full validator.
 */
function isDocument<T extends StrapiDocument>(
  value: unknown,
  required: readonly (keyof T & string)[],
): value is T {
  return (
    isRecord(value) &&
    typeof value.documentId === 'string' &&
    required.every((field) => typeof value[field] === 'string')
  )
}

/** Reads published content from the Strapi REST API. Populate shapes are owned by the CMS routes. */
export function createCmsClient({ baseURL, token, timeoutMs }: CmsClientOptions) {
  const http = axios.create({
    baseURL,
    timeout: timeoutMs,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    // The CMS is reached directly: an environment HTTP proxy must not see the token.
    proxy: false,
    paramsSerializer: {
      serialize: (params: CmsQuery) => qs.stringify(params, { encodeValuesOnly: true }),
    },
  })

  async function getData(path: string, params?: CmsQuery): Promise<unknown> {
    try {
      // The signal bounds the whole exchange; `timeout` alone resets while bytes trickle in.
      const signal = AbortSignal.timeout(timeoutMs)
      const response = await http.get<unknown>(path, { params, signal, responseType: 'json' })
      if (!isRecord(response.data)) throw new CmsResponseError(path, 'body is not a JSON object')
      return response.data.data
    } catch (error) {
      throw toCmsError(error, path)
    }
  }

  async function single<T extends StrapiDocument>(
    path: string,
    required: readonly (keyof T & string)[],
  ): Promise<T> {
    const data = await getData(path)
    if (!isDocument<T>(data, required)) throw new CmsResponseError(path, 'unexpected document')
    return data
  }

  async function list<T extends StrapiDocument>(
    path: string,
    required: readonly (keyof T & string)[],
    query: CmsQuery,
  ): Promise<T[]> {
    const data = await getData(path, query)
    if (!Array.isArray(data)) throw new CmsResponseError(path, 'expected a list')
    return data.map((item: unknown) => {
      if (!isDocument<T>(item, required)) throw new CmsResponseError(path, 'unexpected document')
      return item
    })
  }

  return {
    getSiteSettings: () => single<SiteSetting>('/api/site-setting', ['clinicName', 'mainPhone']),

    getHomePage: () => single<HomePage>('/api/home-page', []),

    async getArticleBySlug(slug: string): Promise<Article> {
      const query = { filters: { slug: { $eq: slug } }, pagination: { pageSize: 1 } }
      const [article] = await list<Article>('/api/articles', ['title', 'slug'], query)
      if (!article) throw new CmsNotFoundError(`/api/articles (slug ${slug})`)
      return article
    },

    listConditions: () =>
      list<Condition>('/api/conditions', ['name', 'slug'], {
        sort: ['displayOrder:asc', 'name:asc'],
        pagination: { pageSize: 100 },
      }),
  }
}
