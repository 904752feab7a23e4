import en from '../../labels/en.json';
import ro from '../../labels/ro.json';
import { DvRulesError, issuesFromZod, type ErrorIssue } from '../errors.js';
import { checkPlainData } from '../schema/check-plain-data.js';
import { labelPackSchema, type Language, type LabelPack } from '../schema/label-pack.js';
import { parseDataText } from '../versions/parse-data-text.js';

/** A label pack that passed every check, frozen. Only `parseLabelPack` makes one (`loadLabelPackFile` of `dv-rules-ro/node` calls it). */
export interface LoadedLabelPack {
  readonly pack: Readonly<LabelPack>;
  readonly origin: 'shipped' | 'user';
  readonly file?: string;
}

const loaded = new WeakSet<object>();
const shipped: Partial<Record<Language, LoadedLabelPack>> = {};

/** Keys a user pack may add although the shipped packs lack them: labels of the user's own forms, rules and citations. */
const OPEN_PREFIXES = ['item.', 'group.', 'form.', 'rule.', 'ui.citation.', 'ui.rule-set.'];

/**
 * Validates a label pack given as data or as JSON/YAML text. A key the shipped packs do not know is
 * refused (a typo would otherwise be silently ignored) unless it labels an item, group, form,
 * rule, citation or rule set (an agency's own); a text may not use a placeholder the shipped text lacks.
 *
 * @param input - the label-pack document: parsed data, or its JSON or YAML text
 * @param options - `file`: the name to report in errors (`.yaml`/`.yml` makes text YAML);
 *   `format`: `json` or `yaml`, overriding the name
 * @returns the frozen pack
 * @throws DvRulesError `INVALID_LABEL_PACK` naming the file and each offending path; for text,
 *   `INVALID_JSON` or `FILE_NOT_READABLE` (over `MAX_FILE_BYTES`)
 * @example
 * parseLabelPack({ schemaVersion: 1, lang: 'ro', name: 'IPJ', labels: { 'item.ro-police-risk-form.q1': '…' } }).pack.lang //=> 'ro'
 * @since 0.1.0
 */
export function parseLabelPack(input: unknown, options: { file?: string; format?: 'json' | 'yaml'; origin?: 'shipped' | 'user' } = {}): LoadedLabelPack {
  const data = typeof input === 'string' ? parseDataText(input, { file: options.file, format: options.format, api: 'parseLabelPack' }) : input;
  const refuse = (issues: ErrorIssue[]): never => {
    const where = options.file === undefined ? 'label pack' : `label pack ${options.file}`;
    throw new DvRulesError('INVALID_LABEL_PACK', `parseLabelPack: the ${where} is invalid`, issues, options.file);
  };
  const plain = checkPlainData(data, { api: 'parseLabelPack', file: options.file });
  if (plain.length > 0) refuse(plain);
  const parsed = labelPackSchema.safeParse(data);
  if (!parsed.success) refuse(issuesFromZod(parsed.error));
  const pack = parsed.data as LabelPack;
  if ((options.origin ?? 'user') === 'user') {
    const reference = shippedLabelPacks()[pack.lang].pack.labels;
    const issues: ErrorIssue[] = [];
    for (const [key, text] of Object.entries(pack.labels)) {
      const known = reference[key];
      if (known === undefined) {
        if (!OPEN_PREFIXES.some((p) => key.startsWith(p))) issues.push({ path: `labels.${key}`, message: 'Unknown label key' });
        continue;
      }
      const allowed = new Set(placeholders(known));
      for (const name of placeholders(text)) {
        if (!allowed.has(name)) issues.push({ path: `labels.${key}`, message: `Placeholder {${name}} is not available for this key` });
      }
    }
    if (issues.length > 0) refuse(issues);
  }
  const result: LoadedLabelPack = {
    pack: Object.freeze({ ...pack, labels: Object.freeze({ ...pack.labels }) }),
    origin: options.origin ?? 'user',
    ...(options.file === undefined ? {} : { file: options.file }),
  };
  loaded.add(result);
  return Object.freeze(result);
}

/** True when `value` came from `parseLabelPack`. */
export function isLoadedLabelPack(value: unknown): value is LoadedLabelPack {
  return typeof value === 'object' && value !== null && loaded.has(value);
}

/**
 * The shipped packs, each validated when first read: a process that speaks English never
 * validates the Romanian pack (some milliseconds of a first evaluation).
 */
export function shippedLabelPacks(): Readonly<Record<Language, LoadedLabelPack>> {
  return SHIPPED;
}

const SHIPPED: Readonly<Record<Language, LoadedLabelPack>> = Object.freeze({
  get en(): LoadedLabelPack {
    return (shipped.en ??= parseLabelPack(en, { file: 'labels/en.json', origin: 'shipped' }));
  },
  get ro(): LoadedLabelPack {
    return (shipped.ro ??= parseLabelPack(ro, { file: 'labels/ro.json', origin: 'shipped' }));
  },
});

/** The `{placeholder}` names a text uses. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}
