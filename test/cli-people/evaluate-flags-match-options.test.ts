import { describe, expect, it } from 'vitest';
import { evaluateOptionsSchema } from '../../src/index.js';
import { runCli } from '../../src/cli/run-cli.js';

function capture(stdin = '') {
  let out = '';
  let err = '';
  return { io: { readStdin: async () => stdin, out: (t: string) => void (out += t), err: (t: string) => void (err += t), color: false }, out: () => out, err: () => err };
}

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** The options a flag names differently: `--rule-set FILE` (repeatable, one file each) and `--assume FILE` (a list of assumptions). */
const FLAG_OF: Record<string, string> = { ruleSets: 'rule-set', assumptions: 'assume' };

// A neighbour attacked the day before Law 26/2024 took effect, who files for a court order after it.
const neighbour = JSON.stringify({
  schemaVersion: 1,
  incidentAt: '2024-08-30T20:00:00+03:00',
  relationship: 'neighbour',
  events: { protectionOrderFiledAt: '2024-09-05T10:00:00+03:00' },
});

async function evaluateJson(flags: string[]): Promise<{ status: number; result: Record<string, any> }> {
  const c = capture(neighbour);
  const status = await runCli(['evaluate', '-', '--json', ...flags], c.io);
  return { status, result: JSON.parse(c.out() || c.err()) };
}

describe('the CLI offers every option of evaluate as a flag', () => {
  it('"help evaluate" lists a flag for each option of evaluateOptionsSchema', async () => {
    const c = capture();
    await runCli(['help', 'evaluate'], c.io);

    const options = Object.keys(evaluateOptionsSchema.shape);
    expect(options.length).toBeGreaterThan(10);
    const missing = options.filter((o) => !c.out().includes(`  --${FLAG_OF[o] ?? kebab(o)}`));
    expect(missing).toEqual([]);
  });

  it('--act-law incident-day judges the court order under the incident day, where the default gives the Law 26/2024 route', async () => {
    const actDay = await evaluateJson([]);
    const incidentDay = await evaluateJson(['--act-law', 'incident-day']);

    expect(actDay.status).toBe(0);
    expect(incidentDay.status).toBe(0);
    expect(actDay.result.protectionOrder.ruleSet).toBe('ro-law-26-2024-protection-order/2024-08-31');
    expect(incidentDay.result.protectionOrder.reason).toBe('NO_PROTECTION_ORDER_ROUTE');
    expect(incidentDay.result.warnings.map((w: { code: string }) => w.code)).toContain('ACT_JUDGED_ON_INCIDENT_DAY');
  });

  it('--provisional-order-hours reaches the options the receipt records', async () => {
    const { result } = await evaluateJson(['--provisional-order-hours', 'wall-clock']);

    expect(result.receipt.options.provisionalOrderHours).toBe('wall-clock');
  });

  it('--engine reference gives the same result as the default engine', async () => {
    const compiled = await evaluateJson([]);
    const reference = await evaluateJson(['--engine', 'reference']);

    expect(reference.status).toBe(0);
    expect(reference.result).toEqual(compiled.result);
  });

  it('a bad value of a new flag is refused with INVALID_OPTIONS and its path, exit 2', async () => {
    const { status, result } = await evaluateJson(['--act-law', 'yesterday']);

    expect(status).toBe(2);
    expect(result.error.code).toBe('INVALID_OPTIONS');
    expect(result.error.issues[0].path).toBe('actLaw');
  });
});
