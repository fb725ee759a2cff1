import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ once when it is stale: the tests that spawn the bin run the compiled code.
    globalSetup: ['test/helpers/build-dist.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest's default is one worker per core less one: a single worker on the 2-core CI machine,
    // where the suite took 16 minutes. Most files wait on servers, fault windows and retry delays
    // rather than compute, so three at a time took 8 minutes there with the same results.
    maxWorkers: 3,
  },
});
