// How the time to read one document grows with its size, up to the 2 MiB limit (issue 12: the old
// duplicate-key check grew 4x per doubling). Reading must stay linear: the time per KiB of the
// largest document should be within 3x of the smallest's; a row past that prints "MISSED". No
// test asserts a time; this script prints (exit status stays 0; read the table). Build first:
//
//   npm run build && node bench/reading.bench.mjs
import { performance } from 'node:perf_hooks';
import { MAX_FILE_BYTES, parseDataText } from '../dist/index.js';

/** A JSON document of about `bytes`: an array of objects of 1000 distinct keys each (the worst case for a key check). */
function jsonOf(bytes) {
  const objects = [];
  let size = 2;
  for (let o = 0; size < bytes; o++) {
    const keys = [];
    for (let k = 0; k < 1000 && size < bytes; k++) {
      const pair = `"key${o}_${k}":${k}`;
      keys.push(pair);
      size += pair.length + 1;
    }
    objects.push(`{${keys.join(',')}}`);
    size += 3;
  }
  return `[${objects.join(',\n')}]`;
}

/** A YAML document of about `bytes`: blocks of 500 keys, each key on its line, with long text values (lines are bounded). */
function yamlOf(bytes) {
  const lines = [];
  let size = 0;
  for (let o = 0; size < bytes; o++) {
    lines.push(`block${o}:`);
    for (let k = 0; k < 500 && size < bytes; k++) {
      const line = `  key${k}: "a text value of some length, as a reason would be, ${'x'.repeat(40)}"`;
      lines.push(line);
      size += line.length + 1;
    }
  }
  return lines.join('\n');
}

function time(text, format) {
  const rounds = Math.max(3, Math.round(4_000_000 / text.length));
  parseDataText(text, { format });
  const start = performance.now();
  for (let i = 0; i < rounds; i++) parseDataText(text, { format });
  return (performance.now() - start) / rounds;
}

const sizes = [];
for (let s = 32 * 1024; s < MAX_FILE_BYTES; s *= 2) sizes.push(s);
sizes.push(MAX_FILE_BYTES - 1024);

for (const [format, make] of [['json', jsonOf], ['yaml', yamlOf]]) {
  console.log(`\n${format.toUpperCase()}           size      ms   µs per KiB`);
  let first;
  for (const bytes of sizes) {
    const text = make(bytes);
    const ms = time(text, format);
    const perKib = (ms * 1000) / (text.length / 1024);
    first ??= perKib;
    const flag = perKib > 3 * first ? '  MISSED: not linear' : '';
    console.log(`${format.padEnd(6)} ${String(text.length).padStart(14)} ${ms.toFixed(1).padStart(7)} ${perKib.toFixed(1).padStart(12)}${flag}`);
  }
}
