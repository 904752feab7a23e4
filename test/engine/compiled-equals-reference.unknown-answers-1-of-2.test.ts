import { describeUnknownAnswers } from '../support/unknown-answers-sample.js';

// Half 1 of the 100,000 seeded cases with unknown answers, deep-equal on the compiled and the reference paths.
describeUnknownAnswers(0, 50000);
