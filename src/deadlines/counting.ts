import { z } from 'zod';

/**
 * How a term is counted: exact elapsed time, whole calendar days, months (Civil Procedure Code
 * art. 181 pt. 3), or civil-procedure "free" days (art. 181 pt. 2).
 *
 * @example
 * countingMethodSchema.parse('cpc-days') //=> 'cpc-days'
 * @since 0.1.0
 */
export const countingMethodSchema = z.enum(['elapsed', 'calendar-days', 'months', 'cpc-days']);

// Each method is only meaningful in some units: an elapsed term of "3 days" would silently
// mean 72 hours, which is not what a law that says "3 zile" means, so the pairing is enforced.
/** The units each counting method may count in. */
export const unitsOf: Readonly<Record<z.infer<typeof countingMethodSchema>, readonly string[]>> = {
  elapsed: ['minutes', 'hours'],
  'calendar-days': ['days'],
  'cpc-days': ['days'],
  months: ['months'],
};

/**
 * A counting rule: the method, the amount and its unit, and whether an end on a non-working
 * day moves to the next working day.
 *
 * @example
 * countingSchema.parse({ method: 'elapsed', amount: 72, unit: 'hours', shift: 'none' }).amount //=> 72
 * @since 0.1.0
 */
export const countingSchema = z
  .strictObject({
    method: countingMethodSchema,
    amount: z.int().positive(),
    unit: z.enum(['minutes', 'hours', 'days', 'months']),
    shift: z.enum(['none', 'next-working-day']),
  })
  .refine((c) => unitsOf[c.method].includes(c.unit), {
    path: ['unit'],
    message: 'The unit does not fit the method (elapsed: minutes or hours; calendar-days and cpc-days: days; months: months)',
  });

/**
 * A counting rule, as validated by {@link countingSchema}.
 * @since 0.1.0
 */
export type Counting = z.infer<typeof countingSchema>;
