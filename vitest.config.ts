// Two test projects: `unit` runs model, state, ui and view tests in Node (the view's pure helpers
// and geometry only: no WebGL there); `e2e` drives the built app in Debian's Chromium through
// playwright-core (see tests/e2e/global-setup.ts, tests/e2e/browser.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/*.test.ts', 'tests/model/**/*.test.ts', 'tests/state/**/*.test.ts', 'tests/ui/**/*.test.ts', 'tests/view/**/*.test.ts', 'tests/i18n/**/*.test.ts'],
          environment: 'node',
          // Some model tests run minutes of simulated time (spectra, the Downey replay). They are
          // not timed tests: the limit only guards against hangs on a busy 2-core machine.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
