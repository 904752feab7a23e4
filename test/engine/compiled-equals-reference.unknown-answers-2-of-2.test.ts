import { describeUnknownAnswers } from '../support/unknown-answers-sample.js';

// Half 2 of the 100,000 seeded cases with unknown answers, deep-equal on the compiled and the reference paths.
describeUnknownAnswers(50000, 100000);
