import { describe, expect, it } from 'vitest'
import { canonicalUrl } from '../../server/utils/canonical-url'

describe('canonicalUrl: one cache key per page', () => {
  it.each([
    ['/', '/'],
    ['/?gclid=abc123', '/'],
    ['/?utm_source=google&utm_medium=cpc&utm_campaign=spring', '/'],
    ['/articles/ketamine-and-ptsd?fbclid=x&msclkid=y', '/articles/ketamine-and-ptsd'],
    ['/conditions/ptsd?', '/conditions/ptsd'],
    ['/?a=%ZZ&b[0]=..%2F..%2F&c=%5Bobject%20Object%5D', '/'],
    ['/articles?page=2&utm_source=x', '/articles?page=2'],
    ['/articles/?page=2', '/articles/?page=2'],
    ['/articles?utm_source=x&page=3&page=4', '/articles?page=3'],
    ['/articles?page=abc&gclid=1', '/articles?page=abc'],
    ['/articles?page=0', '/articles?page=0'],
    ['/articles?page=1', '/articles'],
    ['/articles?page=', '/articles'],
    ['/api/articles?page=2&junk=1', '/api/articles?page=2'],
    ['/api/site?x=1', '/api/site'],
    [
      '/request-consultation?location=fort-worth&condition=ptsd&gclid=1',
      '/request-consultation?condition=ptsd&location=fort-worth',
    ],
    ['/request-consultation?condition=<script>', '/request-consultation'],
  ])('%s → %s', (url, expected) => {
    expect(canonicalUrl(url)).toBe(expected)
  })

  it('leaves Nuxt internal routes alone: the error page reads its query', () => {
    const url = '/__nuxt_error?url=%2Fx&statusCode=404'
    expect(canonicalUrl(url)).toBe(url)
  })
})
