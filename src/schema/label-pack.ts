import { z } from 'zod';
import { lazyShape } from './lazy-shape.js';

/** The languages the library ships labels for. */
export const languageSchema = z.enum(['ro', 'en']);
export type Language = z.infer<typeof languageSchema>;

/**
 * A label pack: texts keyed by code, for one language. The shipped packs (`labels/ro.json`,
 * `labels/en.json`) hold every item label, explanation message (in a `legal` and a `plain`
 * register), warning, error and reason text. A user pack (an agency's official item wording, for
 * example) adds or replaces keys; it is validated like the shipped ones.
 *
 * Keys: `item.<labelKey>`, `group.<group id>`, `form.<series>.<topic>`, `message.<code>.<register>`,
 * `warning.<CODE>`, `error.<CODE>`, `reason.<CODE>`, `rule.<series>.<rule id>`, `ui.<name>`.
 * Texts may use `{placeholders}`; a replacement may not introduce a placeholder the shipped text
 * does not have.
 * @since 0.1.0
 */
export const labelPackSchema = z.strictObject(lazyShape(() => ({
  $schema: z.string().max(500).optional(),
  schemaVersion: z.literal(1),
  lang: languageSchema,
  name: z.string().min(1).max(200),
  labels: z.record(
    z.string().regex(/^(item|group|form|message|warning|error|reason|rule|ui)\.[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'Expected a label key such as item.ro-police-risk-form.q5').max(200),
    z.string().min(1).max(4000),
  ),
})));
export type LabelPack = z.infer<typeof labelPackSchema>;
