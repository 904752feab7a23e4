// `dv-rules playground`: the built command serves the built page on 127.0.0.1, refuses any path
// outside its folder, and stops on Ctrl-C (SIGINT) with status 0.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground } from '../../scripts/build-playground.mjs';
import { buildLibrary } from '../support/built-library.js';

let dist = { dir: '', remove: (): void => {} };
beforeAll(async () => {
  // The command finds the page in the package's dist/playground (the repository's, here).
  [dist] = await Promise.all([buildLibrary(), buildPlayground()]);
}, 120_000);
afterAll(() => dist.remove());

/** A GET of a raw path (not normalised, as fetch would), with the status, type and body. */
function rawGet(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((done, fail) => {
    get({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => done({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    }).on('error', fail);
  });
}

describe('dv-rules playground --port 0', () => {
  let child: ChildProcess;
  let port = 0;
  let out = '';

  beforeAll(async () => {
    child = spawn(process.execPath, [join(dist.dir, 'cli.js'), 'playground', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    port = await new Promise<number>((done, fail) => {
      child.stdout!.setEncoding('utf8').on('data', (c: string) => {
        out += c;
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m) done(Number(m[1]));
      });
      child.once('exit', (code) => fail(new Error(`dv-rules playground exited with ${code}`)));
    });
  }, 30_000);

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('prints its address on 127.0.0.1 and serves index.html, the script and the style with their content types', async () => {
    expect(out).toMatch(/^dv-rules playground: http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl-C stops it\)\n$/);
    const page = await rawGet(port, '/');
    expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(page.body).toContain('<script defer src="playground.js"></script>');
    expect(await rawGet(port, '/playground.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await rawGet(port, '/style.css')).toMatchObject({ status: 200, type: 'text/css; charset=utf-8' });
  });

  it.each(['/../package.json', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/..\\..\\package.json', '/.hidden', '/index.html%00.js', '/nothing.js'])('does not serve %s', async (path) => {
    const r = await rawGet(port, path);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('dv-rules-ro');
  });

  it('stops on SIGINT with status 0', async () => {
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toContain('dv-rules playground: stopped\n');
  });
});

describe('dv-rules playground with a bad port', () => {
  it('refuses --port 70000 with status 2 and a sentence, never a stack trace', () => {
    const r = spawnSync(process.execPath, [join(dist.dir, 'cli.js'), 'playground', '--port', '70000'], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--port');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('dv-rules playground on a port already in use', () => {
  it('says the port is in use (EADDRINUSE) and hints --port 0, with status 2, not that a file cannot be read', async () => {
    const held = createNetServer();
    await new Promise<void>((done) => held.listen(0, '127.0.0.1', done));
    try {
      const port = (held.address() as AddressInfo).port;
      const r = spawnSync(process.execPath, [join(dist.dir, 'cli.js'), 'playground', '--port', String(port)], { encoding: 'utf8', timeout: 20_000 });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`port ${port} on 127.0.0.1 is already in use (EADDRINUSE)`);
      expect(r.stderr).toContain('--port 0');
      expect(r.stderr).not.toContain('cannot be read');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise((done) => held.close(done));
    }
  });
});

describe('dv-rules playground in a package whose page was not built', () => {
  it('ends with status 2 and says to run npm run playground (FILE_NOT_READABLE), never a stack trace', () => {
    // A copy of the package with dist/ but no dist/playground, under node_modules so that its
    // dependencies resolve.
    const cache = resolve('node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const pkg = mkdtempSync(join(cache, 'dv-rules-no-page-'));
    try {
      writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'dv-rules-ro', type: 'module' }));
      cpSync(dist.dir, join(pkg, 'dist'), { recursive: true });
      const r = spawnSync(process.execPath, [join(pkg, 'dist', 'cli.js'), 'playground'], { encoding: 'utf8', timeout: 20_000 });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('npm run playground');
      expect(r.stderr).toContain('FILE_NOT_READABLE');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });
});
