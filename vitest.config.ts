import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fixture and corpus files are scanned data, never tests of their own.
    exclude: ['test/fixtures/**', 'test/corpus/**', 'node_modules/**', 'bench/corpora/**'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
