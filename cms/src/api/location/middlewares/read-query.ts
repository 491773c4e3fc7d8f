import { image, readQuery, seo } from '../../../utils/read-query'

const shape = {
  address: true,
  openingHours: true,
  image,
  conditions: { fields: ['name', 'slug'] },
  seo,
}

// Listings show the address and hours too (footer, location cards), so both shapes match.
export default readQuery({ list: shape, detail: shape })
