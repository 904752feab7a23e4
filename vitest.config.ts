import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'threads',
    // Vitest 4 left one of CI's two cores idle by default; the 2^21-vector sweep is split in two
    // files so that both cores share it.
    maxWorkers: availableParallelism(),
    testTimeout: 120_000,
  },
});
