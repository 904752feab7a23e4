import { z } from 'zod';
import { lazyShape } from './lazy-shape.js';

/**
 * What the officer knows of the people and the place, for the next steps. Every field is
 * optional and a missing one means *not known*, never "no": a step that depends on it is shown
 * as "if …".
 * @since 0.1.0
 */
export const caseCircumstancesSchema = z.strictObject(lazyShape(() => ({
  victimIsMinor: z.boolean().describe('The victim is under 18 (the case follows the child-protection route)').optional(),
  victimHasDisabilityOrSpecialNeeds: z.boolean().describe('The victim has a disability or special needs (the mobile team is requested especially for them)').optional(),
  childrenPresent: z.boolean().describe('Children were present or witnessed the violence').optional(),
  aggressorHasOtherLodging: z.boolean().describe('The aggressor has somewhere else to stay if removed from the home').optional(),
  mobileTeamAvailable: z.boolean().describe('A mobile team (social services with police) exists where the incident happened').optional(),
  electronicMonitoringAvailable: z.boolean().describe('Electronic monitoring of an aggressor runs where the incident happened').optional(),
})));
export type CaseCircumstances = z.infer<typeof caseCircumstancesSchema>;
