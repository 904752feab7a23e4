import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe, it } from 'vitest';

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

/** A page the tests opened: what it logged (console and uncaught errors) and every request it tried outside its origin (blocked). */
export interface OpenedPage {
  page: Page;
  origin: string;
  logged: string[];
  foreign: string[];
  close: () => Promise<void>;
}

/**
 * Serves `respond` on 127.0.0.1 (a free port) and opens its `/` in headless Chromium, in a zone far
 * from Bucharest unless told otherwise. Every request outside the origin is blocked and recorded.
 *
 * @param respond - the body and content type for a request's path, or undefined for a 404
 * @param options - the context's options (time zone, locale, viewport)
 * @returns the page, its origin, what it logged and requested, and `close` (browser and server)
 */
export async function openServedPage(
  respond: (path: string) => { type: string; body: string | Buffer } | undefined,
  options: { timezoneId?: string; locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<OpenedPage> {
  const server: Server = createServer((req, res) => {
    const found = respond(req.url ?? '/');
    if (found === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': found.type }).end(found.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const launched = await launchChromium({ timezoneId: 'America/Los_Angeles', locale: 'en-US', ...options });
  const page = launched.context.pages()[0] ?? (await launched.context.newPage());
  const logged: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logged.push(`page error: ${e.message}`));
  await launched.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`)) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return {
    page,
    origin,
    logged,
    foreign,
    close: async () => {
      await launched.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/**
 * The title of a file's browser tests, saying SKIPPED when Chromium is missing; in CI a missing
 * Chromium is a failing test instead (`.ci/run` installs it).
 *
 * @param title - what the tests are about
 * @returns the title to give `describe.skipIf(!haveChromium)`
 */
export function chromiumTitle(title: string): string {
  if (!haveChromium && inCi) {
    describe(title, () => {
      it('needs Chromium', () => {
        throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium package (or set DV_RULES_CHROMIUM)`);
      });
    });
  }
  return haveChromium ? `${title}, in headless Chromium` : `${title}: SKIPPED, ${CHROMIUM} is missing (apt-get install chromium; with CI=true this fails)`;
}
