import { DvRulesError, evaluate, matchPartial, type EvaluateOptions, type Fixture, type Language, type Mismatch } from '../../index.js';
import { factLines } from './describe-version.js';
import { quizQuestions, truthText, type Judged, type QuizQuestion } from './quiz-questions.js';
import type { Scenario } from './read-scenarios.js';
import { orderLines, warningLines } from './render-orders.js';
import { checklistLines } from './render-checklist.js';
import { verdictLines } from './render-verdict.js';
import type { TrainSession } from './train-session.js';
import { wrapText } from './wrap-text.js';
import { inSessionLanguage } from './in-session-language.js';

/**
 * The quiz mode of `dv-rules train --scenario FILE`: for each scenario, the title and vignette in
 * the session's language, then for each version the facts and the questions its fixture calls
 * for; after each answer, right or wrong with the right answer, then the explanation (counts
 * against thresholds, the answers that decided, what would change it, the orders). Right answers
 * come from `evaluate`, cross-checked with the file's `expect`. With `reveal`, answers are shown
 * without asking. The score ends the session, also when the trainee stops early or input ends.
 *
 * @param scenarios - from `readScenarios`
 * @param options - `evaluate` options (language, agency label pack), laid over each fixture's own
 * @param reveal - a demonstration: show every answer, ask nothing
 * @param s - the session
 * @returns 0
 * @example
 * await runQuiz(scenarios, { lang: 'en' }, false, s) //=> 0, having printed 'Score: 3/4 correct.'
 * @since 0.1.0
 */
export async function runQuiz(scenarios: readonly Scenario[], options: EvaluateOptions, reveal: boolean, s: TrainSession): Promise<number> {
  const { t } = s;
  const lang = s.tr.lang;
  s.say(s.style.bold(t('ui.train.quiz.title', { count: scenarios.length })));
  s.say(reveal ? t('ui.train.quiz.reveal') : t('ui.train.quiz.keys'));
  let asked = 0;
  let correct = 0;
  let stopped = false;
  for (const [si, scenario] of scenarios.entries()) {
    s.say();
    s.say(s.style.bold(`== ${t('ui.train.quiz.scenario', { index: si + 1, count: scenarios.length, title: scenario.title[lang] })} ==`));
    for (const line of wrapText(scenario.vignette[lang], 96)) s.say(line);
    for (const [vi, fixture] of scenario.versions.entries()) {
      const judged = await judge(fixture, options);
      s.say();
      if (scenario.versions.length > 1) s.say(s.style.bold(t('ui.train.quiz.version', { index: vi + 1, count: scenario.versions.length })));
      for (const line of factLines(fixture, judged.result, s)) s.say(`  ${line}`);
      for (const q of quizQuestions(fixture, judged, t)) {
        if (reveal) {
          s.say(`${q.prompt}${truthText(q, q.truth, t, lang)}`);
          continue;
        }
        let answer = await s.ask(q.prompt);
        while (answer !== null && answer.toLowerCase() !== 'q' && q.parse(answer) === undefined) {
          s.say(t('ui.train.q.bad-answer', { choices: q.choices }));
          answer = await s.ask(q.prompt);
        }
        if (answer === null || answer.toLowerCase() === 'q') {
          s.say(answer === null ? t('ui.train.input-ended') : t('ui.train.quiz.stopped'));
          stopped = true;
          break;
        }
        asked += 1;
        const given = q.parse(answer);
        const alsoRight = q.alsoRight !== undefined && given === q.alsoRight.truth;
        const right = given === q.truth || alsoRight;
        if (right) correct += 1;
        s.say(s.style.bold(right ? (alsoRight ? q.alsoRight!.note : t('ui.train.correct')) : wrongText(q, t, lang)));
      }
      if (stopped) break;
      explain(fixture, judged, s);
    }
    if (stopped) break;
  }
  s.say();
  if (!reveal) s.say(s.style.bold(asked === 0 ? t('ui.train.no-score') : t('ui.train.score', { correct, total: asked })));
  return 0;
}

/** "Not correct: the answer is …", or, where the law gives no answer, a sentence that says so. */
function wrongText(q: QuizQuestion, t: TrainSession['t'], lang: Language): string {
  return q.truth === null ? t('ui.train.incorrect.undetermined') : t('ui.train.incorrect', { truth: truthText(q, q.truth, t, lang) });
}

async function judge(fixture: Fixture, options: EvaluateOptions): Promise<Judged> {
  try {
    return { result: await evaluate(fixture.case, { ...fixture.options, ...options }) };
  } catch (e) {
    if (e instanceof DvRulesError) return { error: e };
    throw e;
  }
}

/** The explanation after a version's questions, and any disagreement between the file and the library. */
function explain(fixture: Fixture, judged: Judged, s: TrainSession): void {
  const { t } = s;
  s.say(s.style.bold(t('ui.why')));
  if (judged.error) {
    s.say(`  ${t('ui.train.refused', { error: t(`error.${judged.error.code}`) })}`);
    for (const issue of judged.error.issues) {
      s.say(`    ${issue.path === 'riskForm.officerFinding.imminentRisk' ? t('ui.train.refused.officer-lowers') : issue.path}`);
    }
  } else {
    const lines = [...(judged.result.riskForm === null ? [] : verdictLines(judged.result, s)), ...orderLines(judged.result, s), ...warningLines(judged.result, s), ...checklistLines(judged.result, s)];
    // The officer's reason, quoted in the determination, in the session's language only.
    const reason = judged.result.determination.officerReason;
    const shown = reason === null ? lines : lines.map((l) => l.replaceAll(reason, inSessionLanguage(reason, s.tr.lang)));
    for (const line of shown) s.say(`  ${line}`);
  }
  for (const m of disagreements(fixture, judged)) {
    s.say(s.style.bold(`  ${t('ui.train.mismatch', { path: m.path, expected: JSON.stringify(m.expected) ?? '-', actual: JSON.stringify(m.actual) ?? '-' })}`));
  }
}

function disagreements(fixture: Fixture, judged: Judged): Mismatch[] {
  const code = judged.error?.code ?? null;
  if (fixture.expectError !== undefined) {
    return code === fixture.expectError.code ? [] : [{ path: 'expectError.code', expected: fixture.expectError.code, actual: code }];
  }
  if (judged.error) return [{ path: '$', expected: 'a result', actual: code }];
  return matchPartial(judged.result, fixture.expect ?? {});
}
