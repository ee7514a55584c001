/**
 * End-to-end tests, `npm run test:e2e [-- file filter…]`: Playwright's runner against `vite preview` of
 * the built dist/ on 127.0.0.1, in Debian's Chromium (test/e2e/browser.ts). Each suite runs in one
 * project: `no-webgl` (map-no-webgl.e2e.ts, Chromium without WebGL), `phone` (small-screen.e2e.ts,
 * 360×640) or `default` (every other suite, 1280×800; a few set their own viewport with test.use).
 * Every test takes `test` from test/e2e/fixtures.ts, which fails it on a console or page error, a
 * crash, or a request that leaves 127.0.0.1.
 */
import { defineConfig, type LaunchOptions } from '@playwright/test';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from './test/e2e/browser.ts';
import { freePort, previewCommand } from './test/e2e/preview.ts';

assertChromium();
// A free port, found once by the runner: its workers load this file again and read it from here.
process.env.E2E_PORT ??= String(await freePort());
const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT}/`;

const chromium = (extra: string[] = []): LaunchOptions => ({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, ...extra],
});

const NO_WEBGL = /map-no-webgl\.e2e\.ts$/;
const PHONE = /small-screen\.e2e\.ts$/;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: /\.e2e\.ts$/,
  outputDir: 'test-results',
  timeout: 60_000,
  // SwiftShader draws WebGL on the CPU: on 2 cores, tests side by side slow each other into timeouts.
  workers: 1,
  retries: 0,
  // A forgotten test.only would quietly run one test and count the rest as never written.
  forbidOnly: true,
  reporter: 'list',
  webServer: {
    command: previewCommand('dist', Number(process.env.E2E_PORT)).join(' '),
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 30_000,
  },
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: chromium(),
    viewport: { width: 1280, height: 800 },
    // Playwright's library defaults, which the tests were written against (the runner's are none).
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'default', testIgnore: [NO_WEBGL, PHONE] },
    { name: 'no-webgl', testMatch: NO_WEBGL, use: { launchOptions: chromium(['--disable-3d-apis']) } },
    { name: 'phone', testMatch: PHONE, use: { viewport: { width: 360, height: 640 } } },
  ],
});
