import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator, DvRulesError, parseLabelPack, relationshipSchema } from '../../src/index.js';

const en = JSON.parse(readFileSync('labels/en.json', 'utf8')) as { labels: Record<string, string> };
const ro = JSON.parse(readFileSync('labels/ro.json', 'utf8')) as { labels: Record<string, string> };
const trainKeys = Object.keys(en.labels).filter((k) => k.startsWith('ui.train.'));

describe('the trainer texts', () => {
  it('live in the shipped label packs, in both languages', () => {
    expect(trainKeys.length).toBeGreaterThan(70);
    for (const key of trainKeys) expect(ro.labels[key], key).toBeDefined();
  });

  it('can be worded by an agency pack, like any other label', () => {
    const pack = parseLabelPack({ schemaVersion: 1, lang: 'ro', name: 'IPJ', labels: { 'ui.train.count.met': 'gata' } });
    expect(createTranslator('ro', pack).t('ui.train.count.met')).toBe('gata');
    expect(() => parseLabelPack({ schemaVersion: 1, lang: 'ro', name: 'IPJ', labels: { 'ui.train.no-such-text': 'x' } })).toThrow(DvRulesError);
  });

  it('name every relationship and every case event', () => {
    for (const r of relationshipSchema.options) {
      expect(en.labels[`ui.relationship.${r}`], r).toBeDefined();
      expect(ro.labels[`ui.relationship.${r}`], r).toBeDefined();
    }
    for (const e of ['provisionalOrderIssuedAt', 'sentToProsecutorAt', 'prosecutorDecidedAt', 'prosecutorFiledAt', 'caseRegisteredAt', 'policeAlertedMobileTeamAt']) {
      expect(ro.labels[`ui.event.${e}`], e).toBeDefined();
    }
  });

  it('use comma-below ș and ț in Romanian, never the cedilla forms', () => {
    for (const key of trainKeys) expect(ro.labels[key] ?? '', key).not.toMatch(/[ŞşŢţ]/);
  });
});
