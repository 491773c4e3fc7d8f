export const UTM_PARAMETERS = {
  utm_source: 'utmSource',
  utm_medium: 'utmMedium',
  utm_campaign: 'utmCampaign',
  utm_term: 'utmTerm',
  utm_content: 'utmContent',
} as const
export type UtmField = (typeof UTM_PARAMETERS)[keyof typeof UTM_PARAMETERS]

/** Ad platforms' click ids (Google, Meta, Microsoft); a lead keeps one as `adClickId`, "gclid=…". */
export const AD_CLICK_PARAMETERS = ['gclid', 'fbclid', 'msclkid'] as const

/** What a lead keeps of the visit's campaign. */
export const CAMPAIGN_FIELDS = [...Object.values(UTM_PARAMETERS), 'adClickId'] as const
export type CampaignField = (typeof CAMPAIGN_FIELDS)[number]
