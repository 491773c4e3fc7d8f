import { image, readQuery, seo } from '../../../utils/read-query'

const shape = {
  logo: image,
  financingBanner: true,
  headerNavigation: true,
  footerLinks: true,
  privacyPolicyPage: { fields: ['title', 'slug'] },
  defaultSeo: seo,
  socialLinks: true,
}

export default readQuery({ list: shape, detail: shape })
