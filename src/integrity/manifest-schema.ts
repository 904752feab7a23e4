import { z } from 'zod';
import { lazyShape } from '../schema/lazy-shape.js';
import { isoDateSchema } from '../schema/dates.js';

/** A SHA-256 digest in lower-case hex. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 digest (64 lower-case hex digits)');

/** One rule-set file of the manifest; `file` is relative to the folder that holds the manifest. */
export const manifestEntrySchema = z.strictObject(lazyShape(() => ({
  id: z.string().regex(/^[a-z0-9-]+\/\d{4}-\d{2}-\d{2}$/, 'Expected "<series>/<YYYY-MM-DD>"'),
  file: z.string().regex(/^[a-z0-9-]+\/\d{4}-\d{2}-\d{2}\.json$/, 'Expected "<series>/<YYYY-MM-DD>.json"'),
  effectiveFrom: isoDateSchema,
  status: z.enum(['in-force', 'proposed']),
  sha256: sha256Schema,
})));
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/**
 * `rules/manifest.json`: every rule-set file the package ships, sorted by id, with the SHA-256 of
 * its canonical JSON (the hash `parseRuleSet` records and every result's receipt carries).
 * Written by `scripts/build-manifest.mjs`, never by hand.
 * @since 0.1.0
 */
export const manifestSchema = z.strictObject(lazyShape(() => ({
  manifestVersion: z.literal(1),
  library: z.strictObject({ name: z.literal('dv-rules-ro'), version: z.string().min(1).max(100) }),
  ruleSets: z.array(manifestEntrySchema).max(1000),
  /** Each act's `<series>/index.json` (title, citation, link) with the SHA-256 of its canonical JSON. */
  indexes: z.array(z.strictObject({ file: z.string().regex(/^[a-z0-9-]+\/index\.json$/, 'Expected "<series>/index.json"'), sha256: sha256Schema })).max(1000),
})));
export type Manifest = z.infer<typeof manifestSchema>;
