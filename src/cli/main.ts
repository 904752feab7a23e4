#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { DvRulesError, MAX_FILE_BYTES } from '../index.js';
import { langOf, runCli, wantsJson } from './run-cli.js';
import { colorEnabled } from './color-enabled.js';
import { printError } from './print-error.js';
import { STRICT_UTF8 } from './read-lines.js';
import { StdoutBatches } from './pipe-writer.js';

// What `verify` reads from this file when it imports it rather than runs it: the CLI is built
// with its own copy of the rule sets (tsup.config.ts), and these give that copy.
export { listRuleSets, shippedManifest } from '../index.js';

/** Standard input, whole, but never more than the 2 MiB the library reads from a file. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).byteLength;
    if (size > MAX_FILE_BYTES) {
      process.stdin.destroy();
      throw new DvRulesError('FILE_NOT_READABLE', `dv-rules: standard input is larger than ${MAX_FILE_BYTES} bytes`, [], 'standard input');
    }
    chunks.push(chunk as Buffer);
  }
  try {
    return STRICT_UTF8.decode(Buffer.concat(chunks));
  } catch {
    throw new DvRulesError('INVALID_JSON', 'dv-rules: standard input is not UTF-8 text', [{ path: '$', message: 'Not valid UTF-8' }], 'standard input');
  }
}

/**
 * This file is the script Node was started with (`node dist/cli.js`, `node dist/cli`, or the
 * `dv-rules` link npm makes to it), not a module someone imported. The script is resolved as Node
 * resolves its main script: extension added, links followed.
 */
function startedAsCommand(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(createRequire(import.meta.url).resolve(script)) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/**
 * A failed write to standard output is OUTPUT_WRITE_FAILED, exit 2, said once on standard error in
 * words (the stream and the reason), never a stack trace and never anything of the case: a full
 * disk or `> /dev/full` (ENOSPC), and a reader that closed the pipe before the end (`| head`,
 * EPIPE), since what it did not read was lost and a script must be able to tell. A failed write
 * to standard error itself ends with exit 2 and nothing more: there is nowhere left to say it.
 * It is a JSON object as every other error is: when standard error is not a terminal, or the
 * command asked for JSON (--json, --ndjson, a machine reporter), even on a terminal.
 */
function endOnWriteFailure(): (code: string) => void {
  let failed = false;
  const fail = (name: string, code: string): void => {
    if (failed) process.exit(2);
    failed = true;
    // A progress line (`evaluate --ndjson`) may be drawn there: the sentence replaces it, not follows it.
    if (process.stderr.isTTY) {
      process.stderr.cursorTo(0);
      process.stderr.clearLine(0);
    }
    const error = new DvRulesError('OUTPUT_WRITE_FAILED', `cannot write to ${name} (${code})`, [], name);
    void printError(error, { readStdin: async () => '', out: () => undefined, err: (t) => void process.stderr.write(t), color: false, errIsTTY: Boolean(process.stderr.isTTY) }, { json: !process.stderr.isTTY || wantsJson(process.argv.slice(2)), lang: langOf(process.argv.slice(2)) })
      .finally(() => process.exit(2));
  };
  for (const [stream, name] of [[process.stdout, 'standard output'], [process.stderr, 'standard error']] as const) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (stream === process.stderr) process.exit(2);
      fail(name, e.code ?? 'error');
    });
  }
  // A write of standard output that failed in `StdoutBatches`' worker (a reader gone: EPIPE).
  return (code) => fail('standard output', code);
}

function main(): void {
  const stdoutFailed = endOnWriteFailure();
  const batches = new StdoutBatches(stdoutFailed);
  const color = colorEnabled(Boolean(process.stdout.isTTY), process.env);
  void runCli(process.argv.slice(2), {
    readStdin,
    stdin: () => process.stdin,
    out: (text) => void process.stdout.write(text),
    write: (text) =>
      new Promise<void>((resolve) => {
        if (process.stdout.write(text)) resolve();
        else process.stdout.once('drain', resolve);
      }),
    // Resolved once the bytes are with the system, not when queued: the batch that made them reuses
    // their memory. A failed write never resolves: the error handler ends the process.
    writeJsonBytes: (bytes) => batches.write(bytes),
    err: (text) => void process.stderr.write(text),
    color,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    errIsTTY: Boolean(process.stderr.isTTY),
    // On a terminal that also shows standard output, a redrawn line would tear the output apart.
    progress: Boolean(process.stderr.isTTY) && !process.stdout.isTTY,
  }).then((status) => {
    process.exitCode = status;
  });
}

if (startedAsCommand()) main();
