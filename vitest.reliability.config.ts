import { defineConfig } from 'vitest/config';

// `npm run test:reliability`: crash, load and shutdown tests against real child
// processes (tests/reliability/). Slower than the default suite (a few minutes),
// and timing-sensitive, so one file at a time.
export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
