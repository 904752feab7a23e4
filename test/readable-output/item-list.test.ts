import { describe, expect, it } from 'vitest';
import { createTranslator, itemList } from '../../src/index.js';

describe('items are named by their number on the form, not by their ids', () => {
  it.each([
    ['en', ['q4'], 'question 4'],
    ['en', ['q2', 'q5', 'q7'], 'questions 2, 5 and 7'],
    ['ro', ['q4'], 'întrebarea 4'],
    ['ro', ['q1', 'q12'], 'întrebările 1 și 12'],
  ] as const)('in %s, %j reads "%s"', (lang, ids, text) => {
    expect(itemList(ids, createTranslator(lang).t)).toBe(text);
  });

  it('an id that is not q<N> is kept as it is', () => {
    expect(itemList(['q3', 'x9'], createTranslator('en').t)).toBe('questions 3 and x9');
  });
});

describe('warnings that read alike are told once', () => {
  it('in the plain register, the counting warning of three rule sets is one line; in the legal register, three', async () => {
    const { evaluateSync, distinctWarnings } = await import('../../src/index.js');
    const r = evaluateSync({ schemaVersion: 1, incidentAt: '2026-01-12T08:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q2: 'yes' } }, events: { provisionalOrderIssuedAt: '2026-01-12T09:00:00+02:00', protectionOrderFiledAt: '2026-01-12T12:00:00+02:00', caseRegisteredAt: '2026-01-12T12:00:00+02:00' } });
    const tr = createTranslator('ro');
    const counting = (register: 'legal' | 'plain') => distinctWarnings(r.warnings, tr, register).filter(({ warning }) => warning.code === 'DEADLINE_COUNTING_UNVERIFIED');
    expect(r.warnings.filter((w) => w.code === 'DEADLINE_COUNTING_UNVERIFIED')).toHaveLength(3);
    expect(counting('plain')).toHaveLength(1);
    expect(counting('legal')).toHaveLength(3);
  });
});
