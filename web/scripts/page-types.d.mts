export declare const PAGE_TYPES: {
  readonly home: '/'
  readonly conditions: '/conditions'
  readonly condition: '/conditions/ptsd'
  readonly articles: '/articles'
  readonly article: '/articles/ketamine-and-ptsd'
  readonly locations: '/locations'
  readonly location: '/locations/fort-worth'
  readonly page: '/financing'
  readonly 'not-found': '/no-such-page'
}
export declare const CHROMIUM_FLAGS: readonly string[]
export declare function chromiumPath(): string
