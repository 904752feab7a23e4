// Times `evaluate` on the 2018 police risk form, one call at a time, from the built package.
// Run with `npm run bench` (builds first) or `node bench/evaluate.bench.mjs` after `npm run build`.
// Plain Node, no dependencies. Figures depend on the machine: compare runs on the same one.
import { performance } from 'node:perf_hooks';
import { evaluate, VERSION } from '../dist/index.js';

const N = Number(process.env.BENCH_N ?? 20_000);
const WARMUP = Math.min(2_000, N);
const ITEMS = Array.from({ length: 21 }, (_, i) => `q${i + 1}`);

/** A small seeded PRNG (mulberry32), so every run times the same cases. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A 2018-form case between spouses with each item YES, NO or unknown at random. */
function randomCase(next) {
  const answers = {};
  for (const id of ITEMS) {
    const r = next();
    answers[id] = r < 0.4 ? 'yes' : r < 0.8 ? 'no' : 'unknown';
  }
  return { schemaVersion: 1, incidentAt: '2019-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers } };
}

const allUnknown = {
  schemaVersion: 1,
  incidentAt: '2019-03-01T21:15:00+02:00',
  relationship: 'spouse',
  riskForm: { answers: Object.fromEntries(ITEMS.map((id) => [id, 'unknown'])) },
};

/** Times `n` sequential calls on the cases `make(i)` gives; returns the figures. */
async function time(label, n, make) {
  const samples = new Float64Array(n);
  const cases = Array.from({ length: n }, (_, i) => make(i));
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await evaluate(cases[i]);
    samples[i] = performance.now() - t0;
  }
  const total = performance.now() - start;
  samples.sort();
  const pct = (p) => samples[Math.min(n - 1, Math.floor(p * n))] * 1000;
  return { label, calls: n, 'ops/s': Math.round((n / total) * 1000), 'mean µs': Math.round((total / n) * 1000), 'p50 µs': Math.round(pct(0.5)), 'p99 µs': Math.round(pct(0.99)) };
}

const warm = random(1);
for (let i = 0; i < WARMUP; i++) await evaluate(randomCase(warm));
await evaluate(allUnknown);

const cases = random(2018);
const rows = [
  await time('random 2018-form cases (40% YES, 40% NO, 20% unknown)', N, () => randomCase(cases)),
  await time('all 21 items unknown (widest outcome search)', N, () => structuredClone(allUnknown)),
];

console.log(`dv-rules-ro ${VERSION} · node ${process.version} · ${process.platform}/${process.arch} · sequential calls`);
console.table(rows);
