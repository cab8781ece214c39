import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/packaging/**/*.test.ts',
      'tests/crash/**/*.test.ts',
    ],
    pool: 'forks',
    testTimeout: 20_000,
  },
});
