import { describe, expect, it } from 'vitest'
import { campaignFromQuery } from '../../server/utils/campaign'

describe('campaignFromQuery', () => {
  it('keeps the five utm values, trimmed', () => {
    const query =
      'utm_source=google&utm_medium=cpc&utm_campaign=%20spring%20&utm_term=ptsd&utm_content=ad-1&gclid=x'
    expect(campaignFromQuery(query)).toEqual({
      utmSource: 'google',
      utmMedium: 'cpc',
      utmCampaign: 'spring',
      utmTerm: 'ptsd',
      utmContent: 'ad-1',
    })
  })

  it('is undefined without a campaign, and caps each value at 200 characters', () => {
    expect(campaignFromQuery('gclid=abc&page=2')).toBeUndefined()
    expect(campaignFromQuery('utm_source=')).toBeUndefined()
    expect(campaignFromQuery(`utm_source=${'a'.repeat(500)}`)?.utmSource).toHaveLength(200)
  })
})
