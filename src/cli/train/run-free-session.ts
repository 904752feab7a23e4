import { evaluate, formName, itemList, warningText, type Answer, type EvaluateOptions, type Result } from '../../index.js';
import { answerLines } from './describe-version.js';
import { freeCase, type FreeSetting } from './free-case.js';
import { deadlineLines, orderLines, warningLines } from './render-orders.js';
import { checklistLines } from './render-checklist.js';
import { countLines, verdictLines } from './render-verdict.js';
import { relationshipText } from './train-translator.js';
import { yesNo, type TrainSession } from './train-session.js';

type Outcome = NonNullable<Result['riskAssessment']>['outcome'];

/**
 * The free mode of `dv-rules train`: asks the items of the police form in force one by one
 * (`y`, `n`, `?` for not known, `b` back, `q` stop), shows after each answer the running count
 * against both thresholds and says the moment imminent risk becomes established or excluded
 * (found by `evaluate` with the remaining items unknown). At the end: the determination, what
 * would change it, and its consequences on the chosen day for the chosen relationship.
 *
 * @param setting - the day whose law applies and the relationship
 * @param options - `evaluate` options (language, agency label pack)
 * @param s - the session
 * @returns 0: stopping early or running out of input is a normal end
 * @example
 * await runFreeSession({ date: '2025-06-01', relationship: 'spouse' }, { lang: 'en' }, s)
 * //=> 0, having printed '… Imminent risk is now established: no later answer can remove it.' after two y
 * @since 0.1.0
 */
export async function runFreeSession(setting: FreeSetting, options: EvaluateOptions, s: TrainSession): Promise<number> {
  const { t } = s;
  const judge = (answers: Record<string, Answer>, issued = false): Promise<Result> => evaluate(freeCase(setting, answers, issued), options);
  const first = await judge({});
  const relationship = relationshipText(t, setting.relationship);
  s.say(s.style.bold(t('ui.train.free.title')));
  const form = first.riskForm?.ruleSet ?? null;
  s.say(form === null ? t('ui.train.free.setting-no-form', { date: setting.date, relationship }) : t('ui.train.free.setting', { date: setting.date, relationship, form: formName(t, form) }));
  // The reported topics of the items, with their caveat, so that a trainer never reads neutral labels as official ones.
  const themes = form === null ? '' : t(`form.${form.split('/')[0] ?? ''}.themes`, {}, '');
  if (themes !== '') s.say(s.style.dim(themes));
  const items = first.riskAssessment?.items ?? [];
  if (items.length === 0) {
    s.say(t('ui.train.free.cannot-score', { reason: t(`reason.${first.riskForm?.reason ?? 'NO_RULE_DECIDED'}`) }));
    return finish(first, setting, s);
  }
  s.say(t('ui.train.free.keys'));
  for (const w of first.warnings.filter((x) => x.code === 'LABEL_FALLBACK')) s.say(s.style.dim(`! ${warningText(w, s.tr, 'plain')}`));

  const answers: Record<string, Answer> = {};
  let outcome: Outcome = first.riskAssessment?.outcome ?? 'possible';
  let i = 0;
  while (i < items.length) {
    const item = items[i];
    if (item === undefined) break;
    s.say();
    const line = await s.ask(t('ui.train.free.prompt', { number: /^q(\d+)$/.exec(item.id)?.[1] ?? item.id, position: i + 1, total: items.length, label: item.label }));
    if (line === null) {
      s.say(t('ui.train.input-ended'));
      break;
    }
    const key = line.toLowerCase();
    if (key === 'q') {
      s.say(t('ui.train.free.stopped'));
      break;
    }
    if (key === 'b') {
      const previous = items[i - 1];
      if (previous === undefined) {
        s.say(t('ui.train.free.nothing-back'));
        continue;
      }
      i -= 1;
      delete answers[previous.id];
      s.say(t('ui.train.free.back-to', { item: itemList([previous.id], t) }));
    } else {
      const yes = yesNo(key);
      if (yes === undefined && key !== '?') {
        s.say(t('ui.train.free.bad-key'));
        continue;
      }
      answers[item.id] = yes === undefined ? 'unknown' : yes ? 'yes' : 'no';
      i += 1;
    }
    const now = (await judge(answers)).riskAssessment;
    if (!now) break;
    for (const l of countLines(now, s)) s.say(`  ${l}`);
    if (now.outcome !== outcome) s.say(s.style.bold(t(`ui.train.now-${now.outcome === 'possible' ? 'open' : now.outcome}`)));
    outcome = now.outcome;
  }
  if (i >= items.length) s.say(t('ui.train.free.all-answered'));

  const scored = await judge(answers);
  s.say();
  s.say(s.style.bold(t('ui.train.your-answers')));
  for (const l of answerLines(answers, items.map((x) => x.id), t)) s.say(`  ${l}`);
  return finish(scored.provisionalOrder.eligible ? await judge(answers, true) : scored, setting, s);
}

/** The end of a free session: the verdict, then what it means on the chosen day. */
function finish(result: Result, setting: FreeSetting, s: TrainSession): number {
  const { t } = s;
  s.say();
  s.say(s.style.bold(`== ${t('ui.train.result')} ==`));
  for (const l of verdictLines(result, s)) s.say(l);
  s.say();
  s.say(s.style.bold(`== ${t('ui.train.consequences', { date: setting.date, relationship: relationshipText(t, setting.relationship) })} ==`));
  for (const l of orderLines(result, s)) s.say(l);
  const deadlines = deadlineLines(result, s);
  if (deadlines.length > 0) {
    s.say(s.style.bold(t('ui.train.deadlines', { date: setting.date })));
    for (const l of deadlines) s.say(l);
  }
  const warnings = warningLines(result, s);
  if (warnings.length > 0) s.say();
  for (const l of warnings) s.say(l);
  // Issue 10: a session ends on what the officer does now.
  s.say();
  for (const l of checklistLines(result, s)) s.say(l);
  return 0;
}
