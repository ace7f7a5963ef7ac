import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Two cores: run files in parallel on both, each with its own database.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
