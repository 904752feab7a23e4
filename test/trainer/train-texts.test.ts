import { describe, expect, it } from 'vitest';
import { TRAIN_TEXTS_EN } from '../../src/cli/train/train-texts-en.js';
import { TRAIN_TEXTS_RO } from '../../src/cli/train/train-texts-ro.js';
import { placeholders } from '../../src/explain/parse-label-pack.js';
import { relationshipSchema } from '../../src/index.js';

describe('the trainer texts', () => {
  it('exist in both languages, with the same keys and the same placeholders', () => {
    expect(Object.keys(TRAIN_TEXTS_RO).sort()).toEqual(Object.keys(TRAIN_TEXTS_EN).sort());
    for (const [key, en] of Object.entries(TRAIN_TEXTS_EN)) {
      expect(placeholders(TRAIN_TEXTS_RO[key] ?? '').sort(), key).toEqual(placeholders(en).sort());
    }
  });

  it('are valid label keys under ui.train, ready to move into the label packs', () => {
    for (const key of Object.keys(TRAIN_TEXTS_EN)) expect(key).toMatch(/^ui\.train\.[A-Za-z0-9][A-Za-z0-9._/-]*$/);
  });

  it('name every relationship', () => {
    for (const r of relationshipSchema.options) expect(TRAIN_TEXTS_EN[`ui.train.relationship.${r}`], r).toBeDefined();
  });

  it('use comma-below ș and ț in Romanian, never the cedilla forms', () => {
    for (const text of Object.values(TRAIN_TEXTS_RO)) expect(text).not.toMatch(/[ŞşŢţ]/);
  });
});
