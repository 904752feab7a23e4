#!/usr/bin/env node
import { runCli } from './run-cli.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const color = Boolean(process.stdout.isTTY) && process.env['NO_COLOR'] === undefined;
void runCli(process.argv.slice(2), {
  readStdin,
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  color,
}).then((status) => {
  process.exitCode = status;
});
