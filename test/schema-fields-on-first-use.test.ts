import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { caseSchema, citationSchema, resultSchema, ruleSetSchema } from '../src/index.js';

// The exported object schemas build their fields on first use (src/schema/lazy-shape.ts): what an
// integrator composes with them must not be able to tell.
describe('exported object schemas whose fields are built on first use', () => {
  it('are ordinary zod objects of the caller’s zod, with their fields as zod schemas', () => {
    expect(caseSchema).toBeInstanceOf(z.ZodObject);
    expect(ruleSetSchema.shape.rules).toBeInstanceOf(z.ZodArray);
    expect(Object.keys(citationSchema.shape).length).toBeGreaterThan(0);
  });

  it('give the same field schema on every read, also through a clone made before the first read', () => {
    const refined = resultSchema.refine(() => true);

    expect(resultSchema.shape.receipt).toBe(resultSchema.shape.receipt);
    expect(refined.shape.receipt).toBe(resultSchema.shape.receipt);
  });

  it('compose with the caller’s zod: extend, pick, omit and partial keep the fields', () => {
    const extended = caseSchema.extend({ agencyRef: z.string() });
    const picked = ruleSetSchema.pick({ id: true, rules: true });

    expect(Object.keys(extended.shape)).toEqual([...Object.keys(caseSchema.shape), 'agencyRef']);
    expect(Object.keys(picked.shape)).toEqual(['id', 'rules']);
    expect(picked.shape.rules).toBe(ruleSetSchema.shape.rules);
    expect(Object.keys(ruleSetSchema.omit({ rules: true }).shape)).not.toContain('rules');
    expect(Object.keys(ruleSetSchema.partial().shape)).toEqual(Object.keys(ruleSetSchema.shape));
  });

  it('refuse an unknown field as before, naming it', () => {
    const parsed = citationSchema.safeParse({ nope: 1 });

    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.some((i) => i.code === 'unrecognized_keys' && i.keys.includes('nope'))).toBe(true);
  });
});
