import { z } from 'zod';
import { lazyShape } from './lazy-shape.js';
import { errorCodeSchema, errorIssueSchema } from '../errors.js';
import { resultSchema } from './result.js';

/**
 * A refused case of a batch, as data: the `DvRulesError`'s `toJSON()`, or `INTERNAL_ERROR` (with a
 * fixed message, never the original one) when something unexpected failed.
 * @since 0.1.0
 */
export const batchErrorSchema = z.strictObject(lazyShape(() => ({
  code: z.union([errorCodeSchema, z.literal('INTERNAL_ERROR')]),
  message: z.string(),
  file: z.string().optional(),
  issues: z.array(errorIssueSchema),
})));
export type BatchError = z.infer<typeof batchErrorSchema>;

/**
 * One item of `evaluateMany` / `evaluateManyAsync`: the case's position in the input (from 0) and
 * either its result or why it was refused.
 * @since 0.1.0
 */
export const batchItemSchema = z.union([
  z.strictObject(lazyShape(() => ({ index: z.int().nonnegative(), result: resultSchema }))),
  z.strictObject(lazyShape(() => ({ index: z.int().nonnegative(), error: batchErrorSchema }))),
]);
export type BatchItem = z.infer<typeof batchItemSchema>;
