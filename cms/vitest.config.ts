import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.unit.test.ts', 'tests/int/**/*.int.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Each integration file boots its own Strapi on its own database; one at a time keeps the
    // 2-core CI machine responsive and boot times predictable.
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 30_000,
    // Strapi's boot and request logs only matter when a test fails.
    silent: 'passed-only',
    hookTimeout: 120_000,
  },
})
