// `dv-rules-ro/node`: what needs Node's file system, over the main entry. One explicit list.
// The main entry (`dv-rules-ro`) runs anywhere, a browser included; this one reads files.
export { readDataFile } from './read-data-file.js';
export { loadRuleSetFile } from './load-rule-set-file.js';
export { loadLabelPackFile } from './load-label-pack-file.js';
export { verifyRuleSets, verifyReportSchema, type VerifyReport } from './verify-rule-sets.js';
export { verifyBuiltEntries, builtReportSchema, type BuiltReport } from './verify-built-entries.js';
export { packageRoot } from './package-root.js';
export { findFixtureFiles } from './find-fixture-files.js';
export { readFixtureFile } from './read-fixture-file.js';
export { runFixtures } from './run-fixtures.js';
