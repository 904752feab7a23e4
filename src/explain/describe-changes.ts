import type { Result } from '../schema/result.js';
import type { Translator } from './create-translator.js';
import { itemList } from './item-list.js';
import { pluralKey } from './plural-key.js';

/**
 * "What would change it", from `minimalFlips`, in sentences a trainee can follow: one sentence
 * per smallest change, the second and later starting with "or", each change with the items that
 * qualify; and, when one answer is not enough, exactly how many it takes. Where the officer's
 * finding decided, the changes are those of the form's count: the heading says so, and a change
 * that reaches a threshold is not said to "establish" a risk the finding already established.
 *
 * @param result - an `evaluate` result
 * @param tr - the translator of the result's language
 * @returns the heading and the lines, or undefined when no form was scored
 * @example
 * describeChanges(result, createTranslator('en'))
 * //=> { heading: 'What would change it', lines: ['One YES fewer among questions 1–7 (any of questions 1 and 4) would remove imminent risk.'] }
 * @since 0.1.0
 */
export function describeChanges(result: Result, tr: Pick<Translator, 't' | 'lang'>): { heading: string; lines: string[] } | undefined {
  const ra = result.riskAssessment;
  if (!ra) return undefined;
  const { t } = tr;
  const byOfficer = result.determination.basis === 'officer-finding';
  const heading = t(byOfficer ? 'ui.what-would-change-count' : 'ui.what-would-change');
  const mf = ra.minimalFlips;
  if (mf.changes === null) return { heading, lines: [t('ui.flip.none')] };
  const outcome = t(`ui.flip.outcome.${mf.direction}${byOfficer && mf.direction === 'establish' ? '-count' : ''}`);
  // Clauses are lower-case and unpunctuated so that they join into one sentence in either language.
  const lines = mf.options.map((o, i) => {
    const changes = o.changes
      .map((c) => {
        const group = ra.groups.find((g) => g.id === c.group)?.title ?? c.group;
        const change = c.count === 1
          ? t(`ui.flip.change.${mf.direction}-one`, { group })
          : t(pluralKey(tr.lang, `ui.flip.change.${mf.direction}-many`, c.count), { count: c.count, group });
        const items = itemList(c.candidates, t);
        return `${change} (${c.candidates.length === 1 ? items : t(c.count === 1 ? 'ui.flip.candidates.any' : 'ui.flip.candidates.from', { items })})`;
      })
      .join(` ${t('ui.flip.and')} `);
    return i === 0 ? capitalize(t('ui.flip.sentence', { changes, outcome })) : t('ui.flip.or-sentence', { changes, outcome });
  });
  if (mf.changes > 1) lines.push(t(pluralKey(tr.lang, 'ui.flip.no-single', mf.changes), { count: mf.changes }));
  return { heading, lines };
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
