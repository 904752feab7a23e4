/**
 * The embedded example that `dv-rules demo` evaluates: an invented incident between spouses in
 * March 2024, answered on the 2018 police form. Two YES answers in questions 1–7 establish
 * imminent risk; two items were left unanswered.
 */
export const exampleCase = {
  schemaVersion: 1,
  incidentAt: '2024-03-02T21:15:00+02:00',
  relationship: 'spouse',
  riskForm: {
    answers: {
      q1: 'yes',
      q2: 'no',
      q3: 'no',
      q4: 'yes',
      q5: 'no',
      q6: 'unknown',
      q7: 'no',
      q8: 'yes',
      q9: 'no',
      q10: 'no',
      q11: 'yes',
      q12: 'no',
      q13: 'no',
      q14: 'no',
      q15: 'yes',
      q16: 'no',
      q17: 'no',
      q18: 'no',
      q19: 'no',
      q20: 'unknown',
      q21: 'no',
    },
  },
} as const;
