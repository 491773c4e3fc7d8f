import { image, populateMiddleware, seo } from '../../../utils/populate'

const shape = {
  logo: image,
  financingBanner: true,
  headerNavigation: true,
  footerLinks: true,
  privacyPolicyPage: { fields: ['title', 'slug'] },
  defaultSeo: seo,
  socialLinks: true,
}

export default populateMiddleware({ list: shape, detail: shape })
