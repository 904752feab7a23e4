import { describeSweep } from './support/risk-form-2018-sweep.js';

// A quarter of all 2^21 YES/NO vectors of the 2018 form (blocks 8 to 11, named by the
// answers to q1-q4), through the public `evaluateSync` against the oracle. The sweep is cut in four
// files so that the two workers of a 2-core machine share it evenly with the other long files.
describeSweep('every YES/NO vector of the 2018 police form, quarter 3 of 4', 8, 12, 600_000);
