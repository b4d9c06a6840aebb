// `npm run screenshots`: only the screenshot run, which the normal test run leaves out.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/web/screenshots.run.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
