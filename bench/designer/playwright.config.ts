import { defineConfig } from '@playwright/test';

// The designer benchmark: a real server already running at DESIGNER_BENCH_URL (bench/designer/run.sh starts it).
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  workers: 1,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: process.env.DESIGNER_BENCH_URL ?? 'http://127.0.0.1:5380',
    headless: true,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
