import { z } from 'zod';

/** A calendar date `YYYY-MM-DD` (a day in Europe/Bucharest); impossible days are refused. */
export const isoDateSchema = z.iso.date();

/** Written as a date-time with its offset, so refused for its values: a day the month does not have, hour 25. */
const WRITTEN_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/;

/**
 * An ISO-8601 date-time that must carry its offset (`Z` or `±hh:mm`); a local time is refused.
 * One written in that form whose day or hour cannot be is told apart from one without its
 * offset (zod's "Invalid ISO datetime"), so a person is not told to add an offset it has. The
 * message names no value.
 */
export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: (issue) => (typeof issue.input === 'string' && WRITTEN_WITH_OFFSET.test(issue.input) ? 'Not a possible date and time: the month has no such day, or the hour or minute is out of range' : undefined),
});
