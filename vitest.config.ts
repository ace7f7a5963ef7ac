import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Crash, load and shutdown tests take minutes: `npm run test:reliability` (vitest.reliability.config.ts).
    exclude: [...configDefaults.exclude, 'tests/reliability/**'],
    // Two cores: run files in parallel on both, each with its own database.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
