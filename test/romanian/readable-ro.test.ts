import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth, padToWidth } from '../../src/cli/display-width.js';
import { citationKey, localCitation } from '../../src/explain/local-citation.js';
import { createTranslator } from '../../src/index.js';
import { runWith } from './scan-kit.js';

const oppCase = JSON.stringify({ schemaVersion: 1, incidentAt: '2025-03-28T09:00:00+02:00', relationship: 'spouse', events: { provisionalOrderIssuedAt: '2025-03-28T10:00:00+02:00' } });
const AS_OF = ['--as-of', '2025-03-30T12:00:00+03:00'];

describe('dv-rules deadlines --lang ro --register plain', () => {
  it('names each deadline by what it is, with no deadline id and no rule-set id', async () => {
    const r = await runWith(['deadlines', '--lang', 'ro', '--register', 'plain', ...AS_OF, '-'], oppCase);

    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^Încetarea ordinului provizoriu +2025-04-02 11:00 EEST +în curs$/m);
    expect(r.out).not.toMatch(/\b(opp|op)-[a-z-]+\b|ro-law-|\/20\d\d-\d\d-\d\d/);
    expect(r.out).toContain('sursa: Legea nr. 217/2003 pentru prevenirea și combaterea violenței domestice');
  });

  it('aligns the columns by display width, also for labels written with combining marks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dv-rules-ro-'));
    const pack = join(dir, 'pack.json');
    // "Încetarea" with a decomposed Î (I + combining circumflex): 10 UTF-16 units, 9 columns.
    writeFileSync(pack, JSON.stringify({ schemaVersion: 1, lang: 'ro', name: 'test', labels: { 'ui.deadline.opp-end': 'I\u0302ncetarea OPP' } }));

    const r = await runWith(['deadlines', '--labels', pack, '--register', 'plain', ...AS_OF, '-'], oppCase);

    const table = r.out.split('\n').filter((l) => /\d{4}-\d\d-\d\d \d\d:\d\d EES?T/.test(l) && !l.startsWith(' ') && !l.startsWith('Termenele'));
    const header = r.out.split('\n').find((l) => l.startsWith('TERMENUL')) ?? '';
    const dueColumn = displayWidth(header.slice(0, header.indexOf('SCADENȚA')));
    expect(table.length).toBe(3);
    for (const row of table) expect(displayWidth(row.slice(0, row.search(/\d{4}-\d\d-\d\d/)))).toBe(dueColumn);
  });
});

describe('Romanian citations', () => {
  it('every citation of the shipped rule sets has a Romanian title in the Romanian pack', async () => {
    const r = await runWith(['demo', '--lang', 'ro', '--register', 'legal']);

    expect(r.out).toContain('Legea nr. 217/2003 pentru prevenirea și combaterea violenței domestice, republicată 2020');
    expect(r.out).toContain('Ordinul MAI/MMJS nr. 146/2578/2018');
    expect(r.out).not.toMatch(/Law 217|Order MAI|annex/);
  });

  it('keys a citation by its English text, lower case and hyphenated, and keeps an unknown one as written', () => {
    const ro = createTranslator('ro');

    expect(citationKey('Law 240/2023 amending Law 217/2003')).toBe('law-240-2023-amending-law-217-2003');
    expect(localCitation({ title: 'Law 240/2023 amending Law 217/2003', article: 'protection order (rep. 2020)' }, ro)).toEqual({
      title: 'Legea nr. 240/2023 de modificare a Legii nr. 217/2003',
      article: 'ordinul de protecție (rep. 2020)',
    });
    expect(localCitation({ title: 'Agency rule 7', href: 'https://example.org/r7' }, ro)).toEqual({ title: 'Agency rule 7', href: 'https://example.org/r7' });
  });
});

describe('the legal "why" in sentences', () => {
  it('shows each rule that applied by its description, not the raw condition tree, with the citation below', async () => {
    const r = await runWith(['demo', '--lang', 'ro', '--register', 'legal']);

    expect(r.out).toContain('  - Aplicată: Agresorul este membru de familie: se aplică Legea 217/2003.\n    Legea nr. 217/2003');
    expect(r.out).not.toMatch(/relationship = "spouse"|= "imminent-risk"|\(adevărat\)/);
  });
});

describe('"cannot be decided" is not "not issued"', () => {
  it('says the provisional order cannot be decided when no form decides, with the reason', async () => {
    const neighbour = JSON.stringify({ schemaVersion: 1, incidentAt: '2025-03-12T20:00:00+02:00', relationship: 'neighbour', victimRequestsProvisionalOrder: true });

    const ro = await runWith(['evaluate', '--lang', 'ro', '-'], neighbour);
    const en = await runWith(['evaluate', '-'], neighbour);

    expect(ro.out).toContain('nu se poate stabili: Nu există o evaluare a riscului');
    expect(ro.out).not.toContain('nu se emite: Nu există o evaluare');
    expect(en.out).toContain('cannot be decided: No risk determination is available');
  });
});

describe('displayWidth', () => {
  it('counts graphemes, wide characters twice', () => {
    expect(displayWidth('sfârșitul')).toBe(9);
    expect(displayWidth('s\u0326')).toBe(1);
    expect(displayWidth('日本')).toBe(4);
    expect(padToWidth('I\u0302n', 4)).toBe('I\u0302n  ');
  });
});
