/**
 * The browser the end-to-end tests (playwright.config.ts) and `npm run bench` run in: Debian's
 * Chromium, headless, with WebGL through SwiftShader. Never a browser Playwright downloads.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL works under --disable-gpu through SwiftShader today via an automatic fallback that Chromium
  // has deprecated; asking for SwiftShader explicitly keeps it working when that fallback is removed.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Says how to install Chromium when CHROMIUM_PATH is missing. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: apt-get install -y chromium fonts-noto-core`);
  }
}

/** Launches Chromium with the base flags plus `extra`; playwright gives each launch a fresh temp profile. */
export async function launchBrowser(extra: string[] = []): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extra] });
}
