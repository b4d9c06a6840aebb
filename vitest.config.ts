import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The web app's JSX is Preact's, as in web/vite.config.ts.
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Pages in the browser tests render after the data arrives; a busy machine takes more than
    // the default second.
    expect: { poll: { timeout: 10_000 } },
    pool: 'forks',
  },
});
