import { z } from 'zod';

/**
 * How well a legal value is sourced (docs/legal-basis.md, "How to read the status of a fact").
 * `unverified` values never decide silently: results that use them carry a warning.
 * @since 0.1.0
 */
export const sourceStatusSchema = z.enum(['confirmed', 'reported', 'seed', 'unverified']);
export type SourceStatus = z.infer<typeof sourceStatusSchema>;

/**
 * The status of a value in a result: a source status, or `caller-supplied` where the caller's
 * assumption (option `assumptions`) replaced the shipped value. Rule files never carry it.
 * @since 0.1.0
 */
export const provenanceStatusSchema = z.enum([...sourceStatusSchema.options, 'caller-supplied']);
export type ProvenanceStatus = z.infer<typeof provenanceStatusSchema>;
