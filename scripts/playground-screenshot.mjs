// Takes the playground's screenshots with Debian's headless chromium (playwright-core, nothing
// downloaded): docs/img/playground.png at 1280×720 (committed) and, with --all, a phone-width one
// in .artifacts/playground/. Run `npm run playground` first.
//   node scripts/playground-screenshot.mjs [--all]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const page = pathToFileURL(join(root, 'dist', 'playground', 'index.html')).href;
const profile = mkdtempSync(join(tmpdir(), 'dv-rules-shot-'));
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.DV_RULES_CHROMIUM ?? '/usr/bin/chromium', headless: true, args, viewport: { width: 1280, height: 720 } });
try {
  const p = context.pages()[0] ?? (await context.newPage());
  await p.goto(page);
  await p.waitForSelector('#verdict');
  for (const [id, key] of [['q1', 'y'], ['q4', 'y'], ['q9', 'n'], ['q2', 'n']]) {
    await p.focus(`button[data-item="${id}"]`);
    await p.keyboard.press(key);
  }
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.screenshot({ path: join(root, 'docs', 'img', 'playground.png') });
  if (process.argv.includes('--all')) {
    mkdirSync(join(root, '.artifacts', 'playground'), { recursive: true });
    await p.setViewportSize({ width: 390, height: 844 });
    await p.screenshot({ path: join(root, '.artifacts', 'playground', 'phone-390x844.png'), fullPage: false });
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log('docs/img/playground.png written');
