import { z } from 'zod';

/**
 * Who the aggressor is to the victim. Which of these are family members under Law 217/2003
 * art. 5 (rep. 2020) is decided by the regime rule sets, not here.
 * @since 0.1.0
 */
export const relationshipSchema = z.enum([
  'spouse',
  'former-spouse',
  'partner',
  'former-partner',
  'parent',
  'child',
  'grandparent',
  'grandchild',
  'sibling',
  'aunt-uncle-niece-nephew',
  'adoptive-relative',
  'spouse-relative',
  'partner-relative',
  'guardian',
  'carer',
  'cousin',
  'neighbour',
  'colleague',
  'acquaintance',
  'stranger',
  'other',
]);
export type Relationship = z.infer<typeof relationshipSchema>;
