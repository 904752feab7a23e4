import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { DvRulesError } from '../index.js';
import { packageRoot } from '../node/index.js';
import { EXIT } from './exit-status.js';
import type { CliIo } from './io.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { onFirstStopSignal, type StopSignals } from './stop-signals.js';

/** The content types of the files the playground folder holds; anything else is not served. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The folder `npm run playground` (and `npm run build`) writes: dist/playground of the package.
 *
 * @returns its path
 * @throws DvRulesError `FILE_NOT_READABLE` when it has not been built
 */
export function playgroundFolder(): string {
  let root: string;
  try {
    root = packageRoot();
  } catch {
    throw new DvRulesError('FILE_NOT_READABLE', 'dv-rules playground: the dv-rules-ro package folder cannot be found (was the command bundled away from its package?)', []);
  }
  const dir = join(root, 'dist', 'playground');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new DvRulesError('FILE_NOT_READABLE', 'dv-rules playground: the playground page has not been built: run `npm run playground` in the dv-rules-ro folder', [], join(dir, 'index.html'));
  }
  return dir;
}

/**
 * `dv-rules playground [--port N]`: serves the built classroom page on 127.0.0.1 (never another
 * interface: case data typed in a classroom stays on the machine), prints its address, and stops
 * on Ctrl-C (SIGINT) or SIGTERM. `--port 0` (the default) takes a free port. It serves the files
 * of the folder only: a path that leaves it, a hidden file or an unknown type is not found.
 *
 * @param args - the command's arguments
 * @param io - where it prints
 * @param signals - the process to wait on for SIGINT/SIGTERM (a test passes its own)
 * @returns 0 once stopped
 * @throws DvRulesError `INVALID_ARGUMENTS` for a bad port; `INVALID_ARGUMENTS` when the port is already in use; `FILE_NOT_READABLE` when the page is not built or the port cannot be listened on
 * @example
 * await commandPlayground(['--port', '8080'], io) // prints http://127.0.0.1:8080/ and serves until Ctrl-C
 * @since 0.1.0
 */
export async function commandPlayground(args: readonly string[], io: CliIo, signals: StopSignals = process): Promise<number> {
  const { values } = parseCommandArgs(args, { port: { type: 'string' } }, 0);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!/^\d{1,5}$/.test(values.port ?? '0') || !Number.isInteger(port) || port > 65_535) throw usageError('--port takes a port number from 0 to 65535', 'write it as --port 8080 (0 picks a free port)');
  const dir = playgroundFolder();
  const server = createServer((req, res) => void serve(dir, req, res));
  await new Promise<void>((done, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(
        // A port another program holds is a usage error (status 2), said as such: not a file that cannot be read.
        e.code === 'EADDRINUSE'
          ? usageError(`port ${port} on 127.0.0.1 is already in use (EADDRINUSE)`, 'choose another port, or --port 0 for a free one')
          : new DvRulesError('FILE_NOT_READABLE', `dv-rules playground: cannot listen on 127.0.0.1:${port} (${e.code ?? 'error'})`, [{ path: 'port', message: 'Choose another port, or --port 0 for a free one' }]),
      ),
    );
    server.listen(port, '127.0.0.1', done);
  });
  const address = server.address() as AddressInfo;
  io.out(`dv-rules playground: http://127.0.0.1:${address.port}/ (Ctrl-C stops it)\n`);
  await new Promise<void>((done) => {
    onFirstStopSignal(signals, () => {
      server.closeAllConnections();
      server.close(() => done());
    });
  });
  io.out('dv-rules playground: stopped\n');
  return EXIT.ok;
}

async function serve(dir: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const notFound = (): void => void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return notFound();
  }
  if (path.endsWith('/')) path += 'index.html';
  // A segment `..`, a hidden file, a backslash or a NUL never names a file of the folder.
  if (path.split('/').some((s) => s === '..' || s.startsWith('.')) || /[\\\0]/.test(path)) return notFound();
  const file = resolve(dir, `.${path}`);
  const type = TYPES[extname(file)];
  if (!file.startsWith(dir + sep) || type === undefined) return notFound();
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return notFound();
  }
  res.writeHead(200, { 'content-type': type, 'content-length': body.byteLength, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
