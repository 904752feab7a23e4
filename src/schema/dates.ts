import { z } from 'zod';

/** A calendar date `YYYY-MM-DD` (a day in Europe/Bucharest); impossible days are refused. */
export const isoDateSchema = z.iso.date();

/** An ISO-8601 date-time that must carry its offset (`Z` or `±hh:mm`); a local time is refused. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
