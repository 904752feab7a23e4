import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium (installed by .ci/run); DV_RULES_CHROMIUM names another. Nothing is downloaded. */
export const CHROMIUM = process.env['DV_RULES_CHROMIUM'] ?? '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
export const inCi = process.env['CI'] === 'true' || process.env['CI'] === '1';

/** Chromium's flags for the tests: headless, no sandbox (containers), and nothing that calls home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Launches headless Chromium with a fresh profile folder (playwright's persistent context is how
 * it takes a --user-data-dir) and returns its context and a function that closes it and removes
 * the profile.
 *
 * @param options - the context's time zone, locale and viewport
 * @returns the context and its `close`
 */
export async function launchChromium(options: { timezoneId?: string; locale?: string; viewport?: { width: number; height: number } } = {}): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'dv-rules-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, acceptDownloads: true, ...options });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
