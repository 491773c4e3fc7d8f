import { isRecord } from '@vigeo/lead-contract'
import axios from 'axios'
import qs from 'qs'
import type {
  Article,
  Condition,
  HomePage,
  Location,
  Page,
  SiteSetting,
  StrapiDocument,
} from '../../shared/types/cms'
import type { Paginated, SitemapEntry } from '../../shared/types/listing'
import { CmsNotFoundError, CmsResponseError, CmsUnavailableError, toCmsError } from './cms-errors'
import { readPagination } from './cms-pagination'

interface CmsClientOptions {
  baseURL: string
  /** Sent as a bearer token only when non-empty. */
  token?: string
  /** The longest one call may take. */
  timeoutMs: number
  /** When every call of this client must have ended (epoch ms): the incoming request's budget. */
  deadline?: number
}

type CmsQuery = Record<string, unknown>
export type CmsClient = ReturnType<typeof createCmsClient>

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

// Listings read only what their cards, menus and footers show (the CMS owns the populate shapes).
const ARTICLE_CARD_FIELDS = ['title', 'slug', 'excerpt', 'readingTimeMinutes', 'publishedAt']
const CONDITION_CARD_FIELDS = ['name', 'slug', 'summary', 'displayOrder']

/** Reads published content from the Strapi REST API. Populate shapes are owned by the CMS routes. */
export function createCmsClient({ baseURL, token, timeoutMs, deadline }: CmsClientOptions) {
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

  async function getBody(path: string, params?: CmsQuery): Promise<Record<string, unknown>> {
    const remainingMs = Math.min(timeoutMs, (deadline ?? Infinity) - Date.now())
    if (remainingMs <= 0) throw new CmsUnavailableError(path, 'request deadline passed')
    try {
      // The signal bounds the whole exchange; `timeout` alone resets while bytes trickle in.
      const signal = AbortSignal.timeout(remainingMs)
      const response = await http.get<unknown>(path, {
        params,
        signal,
        timeout: remainingMs,
        responseType: 'json',
      })
      if (!isRecord(response.data)) throw new CmsResponseError(path, 'body is not a JSON object')
      return response.data
    } catch (error) {
      throw toCmsError(error, path)
    }
  }

  const getData = async (path: string, params?: CmsQuery) => (await getBody(path, params)).data

  function toDocuments<T extends StrapiDocument>(
    path: string,
    data: unknown,
    required: readonly (keyof T & string)[],
  ): T[] {
    if (!Array.isArray(data)) throw new CmsResponseError(path, 'expected a list')
    return data.map((item: unknown) => {
      if (!isDocument<T>(item, required)) throw new CmsResponseError(path, 'unexpected document')
      return item
    })
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
    return toDocuments<T>(path, await getData(path, query), required)
  }

  async function bySlug<T extends StrapiDocument>(
    path: string,
    required: readonly (keyof T & string)[],
    slug: string,
  ): Promise<T> {
    const query = { filters: { slug: { $eq: slug } }, pagination: { pageSize: 1 } }
    const [document] = await list<T>(path, required, query)
    if (!document) throw new CmsNotFoundError(`${path} (slug ${slug})`)
    return document
  }

  /** Slugs of published documents not marked noIndex (for the sitemap). */
  async function indexable(path: string): Promise<SitemapEntry[]> {
    // A document without an SEO component is indexable too: the join yields null for it.
    const filters = { $or: [{ seo: { noIndex: { $ne: true } } }, { seo: { id: { $null: true } } }] }
    const query = { filters, fields: ['slug', 'updatedAt'], pagination: { pageSize: 1000 } }
    const documents = await list<StrapiDocument & { slug: string }>(path, ['slug'], query)
    return documents.map(({ slug, updatedAt }) => ({ slug, updatedAt }))
  }

  return {
    getSiteSettings: () => single<SiteSetting>('/api/site-setting', ['clinicName', 'mainPhone']),

    getHomePage: () => single<HomePage>('/api/home-page', []),

    getArticleBySlug: (slug: string) => bySlug<Article>('/api/articles', ['title', 'slug'], slug),

    /** One page of articles, newest first; `page` is 1-based. */
    async listArticles(page: number, pageSize: number): Promise<Paginated<Article>> {
      const path = '/api/articles'
      const query = {
        sort: ['publishedAt:desc', 'title:asc'],
        fields: ARTICLE_CARD_FIELDS,
        pagination: { page, pageSize },
      }
      const body = await getBody(path, query)
      return {
        items: toDocuments<Article>(path, body.data, ['title', 'slug']),
        pagination: readPagination(path, body.meta),
      }
    },

    getConditionBySlug: (slug: string) =>
      bySlug<Condition>('/api/conditions', ['name', 'slug'], slug),

    listConditions: () =>
      list<Condition>('/api/conditions', ['name', 'slug'], {
        sort: ['displayOrder:asc', 'name:asc'],
        fields: CONDITION_CARD_FIELDS,
        pagination: { pageSize: 100 },
      }),

    getLocationBySlug: (slug: string) =>
      bySlug<Location>('/api/locations', ['name', 'slug', 'phone'], slug),

    listLocations: () =>
      list<Location>('/api/locations', ['name', 'slug', 'phone'], {
        sort: ['name:asc'],
        pagination: { pageSize: 100 },
      }),

    getPageBySlug: (slug: string) => bySlug<Page>('/api/pages', ['title', 'slug'], slug),

    listIndexable: (type: 'articles' | 'conditions' | 'locations' | 'pages') =>
      indexable(`/api/${type}`),
  }
}
