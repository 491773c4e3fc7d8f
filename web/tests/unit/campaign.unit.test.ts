import { describe, expect, it } from 'vitest'
import { campaignFromQuery } from '../../server/utils/lead/campaign'

describe('campaignFromQuery', () => {
  it('keeps the five utm values, trimmed, and the first well-formed ad click id', () => {
    const query =
      'utm_source=google&utm_medium=cpc&utm_campaign=%20spring%20&utm_term=ptsd&utm_content=ad-1&gclid=x'
    expect(campaignFromQuery(query)).toEqual({
      utmSource: 'google',
      utmMedium: 'cpc',
      utmCampaign: 'spring',
      utmTerm: 'ptsd',
      utmContent: 'ad-1',
      adClickId: 'gclid=x',
    })
    expect(campaignFromQuery('gclid=%3Cscript%3E&fbclid=IwAR0x-y_z.1')).toEqual({
      adClickId: 'fbclid=IwAR0x-y_z.1',
    })
  })

  it('is undefined without a campaign, and caps each value at 200 characters', () => {
    expect(campaignFromQuery('page=2&gclid=')).toBeUndefined()
    expect(campaignFromQuery('utm_source=')).toBeUndefined()
    expect(campaignFromQuery(`utm_source=${'a'.repeat(500)}`)?.utmSource).toHaveLength(200)
  })
})
