/**
 * The help text the admin shows under every field, so marketing and clinic staff know what each
 * one is for. A unit test fails when a schema field has no entry here.
 */
const seo = 'Search engine and social sharing settings. Leave empty to use the site defaults.'
const slug = 'The address of the page, e.g. "ketamine-and-ptsd". Lowercase words joined by hyphens.'
const body =
  'The page content as blocks: headings, paragraphs, bullet lists, quotes and calls to action.'

export const fieldDescriptions: Record<string, Record<string, string>> = {
  'api::article.article': {
    title: 'The article headline shown on the page and in search results.',
    slug,
    excerpt: 'One or two sentences shown in article lists and used as the search description.',
    cover: 'Optional cover image with its alternative text for screen readers.',
    body,
    readingTimeMinutes: 'Calculated from the body when the article is saved. Not editable.',
    conditions: 'Conditions this article is about. The article is listed on their pages.',
    seo,
  },
  'api::condition.condition': {
    name: 'The condition as patients know it, e.g. "PTSD". Shown in Conditions We Treat.',
    slug,
    summary: 'A short, neutral description shown in lists and at the top of the page.',
    symptoms: 'Common symptoms, one per item. Shown as a list on the condition page.',
    body,
    image: 'Optional image with its alternative text for screen readers.',
    articles: 'Articles about this condition (set on each article).',
    displayOrder: 'Lower numbers come first in menus and lists.',
    seo,
  },
  'api::location.location': {
    name: 'The location name, e.g. "Fort Worth".',
    slug,
    address: 'Street address as it should appear on the site and in map searches.',
    phone: 'Phone number in the form +18175550134 (country code, then 10 digits).',
    email: 'Optional public e-mail address for this location.',
    latitude: 'Latitude of the entrance, for map links and search engines (e.g. 32.7366).',
    longitude: 'Longitude of the entrance, for map links and search engines (e.g. -97.3320).',
    openingHours:
      'Opening hours. Add one row per day or range of days; days not listed are closed.',
    directions: 'Directions and parking notes for patients arriving for the first time.',
    image: 'Optional photo of the building or entrance, with alternative text.',
    conditions: 'Conditions treated at this location.',
    seo,
  },
  'api::lead.lead': {
    fullName: 'The name the patient gave.',
    phone: 'Patient phone number (E.164).',
    email: 'Patient e-mail address.',
    preferredContactMethod: 'How the patient prefers to be contacted.',
    preferredContactTime: 'When the patient prefers to be contacted.',
    condition: 'The condition the patient is interested in, if any.',
    location: 'The location the patient prefers, if any.',
    message: 'The short message the patient wrote, if any.',
    consent: 'The patient agreed to be contacted. Always true for requests from the site.',
    consentTextVersion: 'Which version of the consent text the patient agreed to.',
    consentedAt: 'When the patient gave consent.',
    sourcePage: 'The site page the request was sent from.',
    referrer: 'The page that sent the patient to the site, if known.',
    utmSource: 'Campaign source (utm_source) of the visit, if any.',
    utmMedium: 'Campaign medium (utm_medium) of the visit, if any.',
    utmCampaign: 'Campaign name (utm_campaign) of the visit, if any.',
    utmTerm: 'Campaign term (utm_term) of the visit, if any.',
    utmContent: 'Campaign content (utm_content) of the visit, if any.',
    adClickId:
      'The ad click the visit came from (Google gclid, Meta fbclid or Microsoft msclkid), if any.',
    intakeStatus:
      'Where this request is in intake: new, contacted, booked, not a candidate or closed.',
    firstContactedAt:
      'When the status first left "new": the clinic\'s response time. Set automatically.',
    hoursToFirstContact:
      'Hours from receiving the request to the first status change. Set automatically.',
    assignee: 'The member of staff handling this request.',
    statusHistory: 'Every status change: from, to, when and by whom. Recorded automatically.',
    staffNotes: 'Internal notes for clinic staff. Never shown to the patient.',
    notes:
      'Dated notes by staff, newest last. Add a note; saved notes cannot be changed or removed.',
    submissionId: 'Unique id of the submission, used to ignore duplicate sends. Not editable.',
    submissionHash: 'Fingerprint of the submitted form, to tell a resend from a different request.',
    spamSuspected: 'The website suspected this request to be spam. Check before contacting.',
    spamReasons: 'Why the website suspected spam, if it did.',
  },
  'lead.status-change': {
    from: 'The status before the change.',
    to: 'The status after the change.',
    changedAt: 'When the status was changed.',
    changedBy: 'The member of staff who changed it ("System" for automatic changes).',
    changedById: 'Admin user id of the member of staff who changed it.',
    summary: 'The change in one line, as listed on the lead (e.g. "new → contacted, by …").',
  },
  'lead.note': {
    text: 'The note. Keep to what is needed for intake; it is health information.',
    author: 'Who wrote the note. Set automatically.',
    writtenAt: 'When the note was saved. Set automatically.',
  },
  'api::site-setting.site-setting': {
    clinicName: 'The clinic name shown in the header, footer and page titles.',
    tagline: 'Optional short line shown next to the logo.',
    logo: 'The clinic logo with its alternative text.',
    mainPhone: 'The main phone number for "Call Now", in the form +18175550134.',
    financingBanner: 'The strip shown above the header on every page.',
    headerNavigation: 'Links in the main menu, in order.',
    footerText: 'A short paragraph shown in the footer.',
    footerLinks: 'Extra links in the footer, in order.',
    privacyPolicyPage: 'The page linked as "Privacy policy" in the footer.',
    defaultSeo: 'Search and sharing settings used where a page has none of its own.',
    socialLinks: 'The clinic profiles on social networks.',
    medicalSpecialty:
      'The medical specialty search engines are told the clinic practises (schema.org MedicalSpecialty). Not shown on the page.',
    treatmentName:
      'The treatment the clinic offers, as search engines are told, e.g. "Ketamine infusion therapy". Used as "<treatment> for PTSD". Not shown on the page.',
  },
  'api::home-page.home-page': {
    hero: 'The first screen of the home page: headline, introduction and image.',
    featuredConditionsHeading: 'Heading above the featured conditions.',
    featuredConditions: 'Conditions shown on the home page. Leave empty to show all of them.',
    featuredArticlesHeading: 'Heading above the featured articles.',
    featuredArticles: 'Articles shown on the home page. Leave empty to show the newest.',
    callsToAction: 'Call-to-action sections shown after the featured content.',
    seo,
  },
  'api::page.page': {
    title: 'The page title, e.g. "About us".',
    slug,
    body,
    seo,
  },
  'shared.seo': {
    metaTitle: 'Title for search results, up to 70 characters. Defaults to the page title.',
    metaDescription: 'Description for search results, up to 170 characters.',
    shareImage: 'Image shown when the page is shared on social networks (1200 × 630 works best).',
    canonicalUrl: 'Only when this content also lives at another address: the preferred URL.',
    noIndex: 'Ask search engines not to list this page.',
  },
  'shared.call-to-action': {
    heading: 'The heading of the call to action, e.g. "Give Us A Call".',
    text: 'One or two sentences under the heading.',
    buttonLabel: 'The button text, e.g. "Request A Consultation".',
    action: 'What the button does: open the consultation form, call the clinic, or follow a link.',
    url: 'Only for "link": the address the button goes to.',
  },
  'shared.address': {
    streetLine1: 'Street and number, e.g. "906 W Cannon St."',
    streetLine2: 'Suite or floor, e.g. "Suite 100".',
    city: 'City, e.g. "Fort Worth".',
    state: 'Two-letter state code, e.g. "TX".',
    postalCode: 'ZIP code, e.g. "76104".',
    country: 'Two-letter country code.',
  },
  'shared.opening-hours': {
    fromDay: 'First day of the range (or the only day).',
    toDay: 'Last day of the range. Leave empty for a single day.',
    opens: 'Opening time.',
    closes: 'Closing time.',
  },
  'shared.link': {
    label: 'The link text.',
    url: 'A site path such as /conditions, or a full address.',
  },
  'shared.social-link': {
    network: 'The social network.',
    url: 'The full address of the clinic profile.',
  },
  'shared.image': {
    file: 'The image file. Large images are resized automatically.',
    alt: 'Describe the image for people who cannot see it. Required.',
  },
  'shared.financing-banner': {
    text: 'The banner text, e.g. "Interest Free Financing Available".',
    linkLabel: 'Optional link text, e.g. "Learn more".',
    url: 'Where the banner links to, e.g. /financing.',
    enabled: 'Show the banner on the site.',
  },
  'content.heading': {
    text: 'The heading text.',
    level: 'h2 for a section, h3 for a subsection, h4 below that.',
  },
  'content.paragraph': {
    text: 'Body text. Use bold, italics and links sparingly.',
  },
  'content.list-item': {
    text: 'One item of the list.',
  },
  'content.bullet-list': {
    intro: 'Optional sentence introducing the list.',
    items: 'The list items, in order.',
  },
  'content.quote': {
    text: 'The quoted words, without quotation marks.',
    attribution: 'Who said it, if it can be shared.',
  },
  'home.hero': {
    heading: 'The main headline of the home page.',
    subheading: 'One or two sentences under the headline.',
    image: 'Optional hero image with alternative text.',
  },
}
