import manifestJson from '../../rules/manifest.json';
import { DvRulesError, issuesFromZod } from '../errors.js';
import { manifestSchema, type Manifest } from './manifest-schema.js';

let cache: Manifest | undefined;

/**
 * The manifest the package was built with. It is compiled into the library (not read from
 * disk), so the files under `rules/` are checked against what this code was released with.
 *
 * @returns the manifest, validated on first use
 * @throws DvRulesError `INVALID_RULE_SET` when the bundled manifest is malformed (a packaging bug)
 * @example
 * shippedManifest().ruleSets[0]?.id //=> 'ro-imminent-risk-form-2024/2024-08-31'
 * @since 0.1.0
 */
export function shippedManifest(): Manifest {
  if (cache) return cache;
  const parsed = manifestSchema.safeParse(manifestJson);
  if (!parsed.success) {
    throw new DvRulesError('INVALID_RULE_SET', 'verifyRuleSets: the shipped rules/manifest.json is malformed', issuesFromZod(parsed.error), 'rules/manifest.json');
  }
  cache = parsed.data;
  return cache;
}
