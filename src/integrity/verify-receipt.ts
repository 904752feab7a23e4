import { z } from 'zod';
import { lazyShape } from '../schema/lazy-shape.js';
import { DvRulesError, issuesFromZod, errorIssueSchema } from '../errors.js';
import { checkPlainData } from '../schema/check-plain-data.js';
import { sha256Schema } from './manifest-schema.js';
import { resultSha256 } from './seal-result.js';
import { shippedManifest } from './shipped-manifest.js';

/**
 * What `verifyReceipt` found, one entry per rule set the receipt names:
 * `ok` (the shipped rule set with that id has that hash), `changed` (it has another hash),
 * `unknown` (this package ships no rule set with that id) or `user` (the caller supplied it,
 * so the package cannot vouch for it). `content` says whether the rest of the result still hashes
 * to `receipt.resultSha256`. `issues` is non-empty when the document has no valid receipt.
 * @since 0.1.0
 */
export const receiptReportSchema = z.strictObject(lazyShape(() => ({
  ok: z.boolean(),
  library: z.strictObject({ name: z.string(), version: z.string() }).nullable(),
  ruleSets: z.array(
    z.strictObject({
      id: z.string(),
      status: z.enum(['ok', 'changed', 'unknown', 'user']),
      receipt: z.string(),
      shipped: sha256Schema.nullable(),
    }),
  ),
  /**
   * The rest of the result against `receipt.resultSha256`: `ok`, `changed` (the result was edited
   * after it was produced), or `missing` (no hash, so its content is not covered).
   */
  content: z.enum(['ok', 'changed', 'missing']).nullable(),
  /**
   * The corrections the result rests on (`receipt.options.assumptions`): what each one set (a
   * parameter, or the in-force day) of which rule set, and its source. They do not change `ok`:
   * the rule sets named are still checked against the shipped ones; an auditor reads these beside them.
   */
  assumptions: z.array(
    z.strictObject({ ruleSet: z.string(), parameter: z.string().optional(), effectiveFrom: z.string().optional(), source: z.string() }),
  ),
  issues: z.array(errorIssueSchema),
})));
export type ReceiptReport = z.infer<typeof receiptReportSchema>;

/**
 * The part of a stored result this check reads. Deliberately loose: a receipt written by another
 * minor version (with fields added since) can still be checked.
 */
const withReceiptSchema = z.looseObject(lazyShape(() => ({
  receipt: z.looseObject({
    resultSha256: z.string().max(200).optional(),
    library: z.looseObject({ name: z.string().max(200), version: z.string().max(100) }),
    ruleSets: z.array(z.looseObject({ id: z.string().max(200), sha256: z.string().max(200) })).max(1000),
    options: z
      .looseObject({
        userRuleSets: z.array(z.looseObject({ id: z.string().max(200), sha256: z.string().max(200) })).max(1000).optional(),
        assumptions: z
          .array(z.looseObject({ ruleSet: z.string().max(200), parameter: z.string().max(80).optional(), effectiveFrom: z.string().max(20).optional(), source: z.string().max(2000) }))
          .max(100)
          .optional(),
      })
      .optional(),
  }),
})));

/**
 * Checks a stored result's receipt against the rule sets this package ships, so an auditor can
 * show which versions of the law decided it: every `receipt.ruleSets[].sha256` must equal the
 * hash of the shipped rule set with that id, and the rest of the result must still hash to
 * `receipt.resultSha256` (integrity, not authorship). Never throws on a bad document: it reports why.
 *
 * @param result - the stored result, as parsed JSON
 * @returns the report; `ok` is true when every rule set named is shipped with the same hash
 * @example
 * verifyReceipt(await evaluate(someCase)).ok //=> true
 * @since 0.1.0
 */
export function verifyReceipt(result: unknown): ReceiptReport {
  let plain;
  try {
    plain = checkPlainData(result, { api: 'verifyReceipt' });
  } catch (e) {
    // Past the size bounds, or a proxy or getter that throws: reported, not thrown.
    return refused(e instanceof DvRulesError ? [...e.issues] : [{ path: '$', message: 'Not readable as JSON data' }]);
  }
  if (plain.length > 0) return refused(plain);
  const parsed = withReceiptSchema.safeParse(result);
  if (!parsed.success) return refused(issuesFromZod(parsed.error));
  const receipt = parsed.data.receipt;
  if (receipt.ruleSets.length === 0) return refused([{ path: 'receipt.ruleSets', message: 'The receipt names no rule set' }]);

  const shipped = new Map(shippedManifest().ruleSets.map((e) => [e.id, e.sha256]));
  const user = new Set((receipt.options?.userRuleSets ?? []).map((u) => `${u.id} ${u.sha256}`));
  const ruleSets = receipt.ruleSets.map((r) => {
    const expected = shipped.get(r.id) ?? null;
    return { id: r.id, status: statusOf(r.sha256, expected, user.has(`${r.id} ${r.sha256}`)), receipt: r.sha256, shipped: expected };
  });
  const library = { name: receipt.library.name, version: receipt.library.version };
  const content = receipt.resultSha256 === undefined ? 'missing' : receipt.resultSha256 === resultSha256(result as object) ? 'ok' : 'changed';
  const assumptions = (receipt.options?.assumptions ?? []).map((a) => ({
    ruleSet: a.ruleSet,
    ...(a.parameter === undefined ? {} : { parameter: a.parameter }),
    ...(a.effectiveFrom === undefined ? {} : { effectiveFrom: a.effectiveFrom }),
    source: a.source,
  }));
  return { ok: content === 'ok' && ruleSets.every((r) => r.status === 'ok'), library, ruleSets, content, assumptions, issues: [] };
}

/** A caller's own rule set is `user` unless it is byte for byte the shipped one. */
function statusOf(recorded: string, shipped: string | null, suppliedByCaller: boolean): ReceiptReport['ruleSets'][number]['status'] {
  if (shipped === recorded) return 'ok';
  if (suppliedByCaller) return 'user';
  return shipped === null ? 'unknown' : 'changed';
}

function refused(issues: ReceiptReport['issues']): ReceiptReport {
  return { ok: false, library: null, ruleSets: [], content: null, assumptions: [], issues };
}
