import type { SharedAddress } from '../types/cms'

/** Address lines as written on an envelope (US style). */
export function addressLines(address: SharedAddress): string[] {
  const street = [address.streetLine1, address.streetLine2].filter(Boolean).join(', ')
  return [street, `${address.city}, ${address.state} ${address.postalCode}`]
}

/** A link the visitor follows to their maps app; nothing is loaded from a map host by the site. */
export function mapsSearchUrl(address: SharedAddress): string {
  const query = [...addressLines(address), address.country].join(', ')
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`
}
