import { z } from 'zod';
import { lazyShape } from './lazy-shape.js';

// 29 February is refused: a holiday that exists only in leap years is not one the Labour Code has.
const monthDaySchema = z
  .string()
  .regex(/^\d{2}-\d{2}$/, 'Expected a day of the year "MM-DD"')
  .refine((md) => {
    const [month, day] = md.split('-').map(Number) as [number, number];
    const d = new Date(Date.UTC(2001, month - 1, day));
    return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  }, 'Expected a day that every year has, "01-01" to "12-31"');

/**
 * One parameter of a `public-holidays` rule set: a holiday, either a fixed day of the year
 * (`unit: "date"`, value `"MM-DD"`) or a movable feast as whole days from Orthodox Easter Sunday
 * (`unit: "days"`: Good Friday -2, Easter 0 and 1, Pentecost 49 and 50). Its `description` is the
 * holiday's name in Romanian, the name `romanianPublicHolidays` returns; its status and citation
 * are the holiday's own.
 *
 * @example
 * publicHolidayParameterSchema.parse({ unit: 'days', value: 49, description: 'Rusaliile' }).value //=> 49
 * @since 0.1.0
 */
export const publicHolidayParameterSchema = z.union([
  z.looseObject(lazyShape(() => ({ unit: z.literal('date'), value: monthDaySchema, description: z.string().min(1).max(100) }))),
  // A feast more than 100 days from Easter would not be counted from it.
  z.looseObject(lazyShape(() => ({ unit: z.literal('days'), value: z.int().min(-100).max(100), description: z.string().min(1).max(100) }))),
]);
export type PublicHolidayParameter = z.infer<typeof publicHolidayParameterSchema>;
