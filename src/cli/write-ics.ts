import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createTranslator, DvRulesError, labelOf, localCitation, VERSION, type DeadlineResult, type NextStep, type Translator } from '../index.js';
import { citationLine, countingText, deadlineTitle, localTime } from './render-deadlines.js';

/** How long each calendar event lasts; it ends at the due time, so it sits on the term's last day. */
const EVENT_MINUTES = 15;

/**
 * Writes the pending deadlines that have a due time as an RFC 5545 iCalendar file, one event per
 * deadline: 15 minutes ending at the due instant (so a term ending at 24:00 of day D shows as
 * 23:45–24:00 on D), times in UTC, marked free (TRANSP:TRANSPARENT). The summary names the
 * deadline; the description gives the due time in Bucharest, the counting, the citation, the
 * source status and the rule set. Nothing else of the case goes in: no names, no answers, no
 * findings, no event times other than the due times.
 *
 * The file is the same for the same deadlines and `asOf`: DTSTAMP is `asOf`, and each UID is a
 * hash of the deadline id, its start instant and its due instant. The start instant keeps two
 * cases with a deadline of the same id due at the same moment (an intervention plan of two cases
 * registered on the same day) from sharing a UID, which would make a calendar keep only one; it
 * reveals no more than the due time does for elapsed terms (start = due − N hours) and, for
 * day terms, at most the start's time of day, and only to someone who tries every second of it.
 *
 * With no pending deadline the calendar has no event (most calendar programs accept this; strict
 * RFC 5545 wants one component): the file is still written, so no stale one is left behind.
 *
 * @param file - where to write (overwritten)
 * @param deadlines - the case clock, as `evaluate` returns it
 * @param asOf - the instant the statuses were judged at, used as DTSTAMP
 * @param steps - the next steps, whose texts are listed under the deadline they belong to
 * @param tr - the translator of the output (`--lang`, `--labels`): the titles and descriptions are in its language
 * ical-generator is loaded here, on the first calendar written, not when the CLI starts: loading it
 * cost every command some 150 ms of start-up, and only `deadlines --ics` uses it.
 *
 * @returns how many events were written
 * @throws DvRulesError `OUTPUT_WRITE_FAILED` naming the file when it cannot be written
 * @example
 * await writeIcs('case.ics', result.deadlines, '2025-03-30T12:00:00+03:00') //=> 3
 * @since 0.1.0
 */
export async function writeIcs(file: string, deadlines: readonly DeadlineResult[], asOf: string, steps: readonly NextStep[] = [], tr: Translator = createTranslator('en')): Promise<number> {
  const pending = deadlines.filter((d): d is DeadlineResult & { dueAt: string } => d.status === 'pending' && d.dueAt !== null);
  const { default: ical, ICalEventTransparency } = await import('ical-generator');
  const calendar = ical({
    prodId: { company: 'dv-rules-ro', product: `deadlines ${VERSION}`, language: tr.lang.toUpperCase() },
    name: tr.t('ui.ics.calendar-name'),
  });
  for (const d of pending) {
    const due = new Date(Date.parse(d.dueAt));
    calendar.createEvent({
      id: `${uid(d)}@dv-rules-ro`,
      stamp: new Date(Date.parse(asOf)),
      start: new Date(due.getTime() - EVENT_MINUTES * 60_000),
      end: due,
      summary: d.kind === 'deadline' ? tr.t('ui.ics.summary-deadline', { title: deadlineTitle(d, tr) }) : deadlineTitle(d, tr),
      description: description(d, steps, tr),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  try {
    // RFC 5545 ends every content line, the last one too, with CRLF; ical-generator omits the last.
    const text = calendar.toString();
    writeFileSync(file, text.endsWith('\r\n') ? text : `${text}\r\n`);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new DvRulesError('OUTPUT_WRITE_FAILED', `deadlines: cannot write the calendar file ${file} (${code})`, [
      { path: '--ics', message: 'The calendar file cannot be written' },
    ], file);
  }
  return pending.length;
}

function uid(d: DeadlineResult & { dueAt: string }): string {
  const key = [d.id, d.startAt === null ? '' : String(Date.parse(d.startAt)), String(Date.parse(d.dueAt))].join('|');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

function description(d: DeadlineResult & { dueAt: string }, steps: readonly NextStep[], tr: Translator): string {
  const { t } = tr;
  const citation = localCitation(d.citation, tr);
  const href = citation.href === undefined ? '' : ` ${citation.href}`;
  const mine = steps.filter((x) => x.deadline?.id === d.id).map((x) => t('ui.ics.step', { order: x.order, text: t(x.textKey, {}, x.text) }));
  // The due time in the one wording the readable case clock uses too: `end of D (24:00 EET)`.
  const due = localTime(d.dueAt, true, tr);
  return [
    ...mine,
    `${deadlineTitle(d, tr)} (${d.id}).`,
    t(d.kind === 'deadline' ? 'ui.ics.due-line-in-time' : 'ui.ics.due-line', { word: t(`ui.ics.due.${d.kind}`), due }),
    t('ui.ics.counting', { counting: countingText(d, tr), event: labelOf(t, 'event', d.startEvent) }),
    t('ui.ics.source', { citation: `${citationLine(citation)}${href}`, status: t(`ui.status.${d.provenance.status}`, {}, d.provenance.status) }),
    t('ui.ics.rule-set', { ruleSet: d.ruleSet, version: VERSION }),
  ].join('\n');
}
