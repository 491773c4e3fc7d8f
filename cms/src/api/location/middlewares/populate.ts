import { image, populateMiddleware, seo } from '../../../utils/populate'

const shape = {
  address: true,
  openingHours: true,
  image,
  conditions: { fields: ['name', 'slug'] },
  seo,
}

// Listings show the address and hours too (footer, location cards), so both shapes match.
export default populateMiddleware({ list: shape, detail: shape })
