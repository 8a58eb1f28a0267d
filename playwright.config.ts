import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // Each test launches its own Chromium; two at a time suit a 2-core machine.
  workers: 2,
  retries: 0,
  // A stray test.only must not quietly skip the rest in CI.
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    // `npm test`: every behaviour, and nothing written into the work tree.
    { name: 'e2e', testIgnore: [/screenshots\.spec\.ts$/, /store-assets\.spec\.ts$/, /firefox\//] },
    // `npm test`, after the Chromium suite: the Firefox build in Debian's firefox-esr, over WebDriver BiDi.
    { name: 'firefox', testMatch: /firefox\/.*\.spec\.ts$/, timeout: 60_000 },
    // `npm run screenshots`: the README's pictures and the stores' (docs/screenshots, docs/store).
    { name: 'screenshots', testMatch: /(screenshots|store-assets)\.spec\.ts$/ },
  ],
});
