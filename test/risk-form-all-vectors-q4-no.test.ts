import { describeSweep } from './support/risk-form-2018-sweep.js';

// Half of all 2^21 YES/NO vectors of the 2018 form (those with q4 = NO), through the public
// `evaluate` against the oracle; the other half is in the sibling file, so that two workers share
// the sweep. About 20 s a block on one core of CI's machine (npm run bench times one call).
describeSweep('every YES/NO vector of the 2018 police form with q4 = NO', 0, 8, 600_000);
