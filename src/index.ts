// The public surface of dv-rules-ro: one explicit list, nothing else is exported. It imports
// nothing from Node (a test scans the sources and the build), so it runs in a browser as well;
// what reads files is in `dv-rules-ro/node` (src/node/index.ts).
export { evaluate } from './evaluate.js';
export { evaluateSync } from './evaluate-sync.js';
export { evaluateMany } from './evaluate-many.js';
export { evaluateManyAsync } from './evaluate-many-async.js';
export { batchErrorOf } from './batch/batch-error-of.js';
export { parseEvaluateOptions } from './schema/parse-evaluate-options.js';
export { batchItemSchema, batchErrorSchema, type BatchItem, type BatchError } from './schema/batch-item.js';
export { DvRulesError, errorCodeSchema, errorIssueSchema, MAX_ISSUES, MAX_PATH_CHARS, type ErrorCode, type ErrorIssue } from './errors.js';
export { parseRuleSet, type LoadedRuleSet } from './versions/parse-rule-set.js';
export { parseDataText, MAX_FILE_BYTES } from './versions/parse-data-text.js';
export { canonicalJson, canonicalSha256 } from './versions/canonical-json.js';
export { MAX_DEPTH, MAX_KEYS_PER_OBJECT, MAX_NODES } from './schema/check-plain-data.js';
export { listRuleSets, type RuleSetSummary } from './versions/list-rule-sets.js';
export { ruleSetInForce } from './versions/rule-set-in-force.js';
export { shippedRuleSets } from './versions/shipped-rule-sets.js';
export { LAW_KNOWN_UNTIL } from './versions/law-horizon.js';
export { caseSchema, answerSchema, caseEventsSchema, type Case, type CaseInput, type Answer, type CaseEvents } from './schema/case.js';
export { caseCircumstancesSchema, type CaseCircumstances } from './schema/case-circumstances.js';
export { nextStepSchema, referralsSchema, type NextStep, type Referrals } from './schema/next-steps.js';
export { describeNextSteps, isStepRuleSet, stepDeadlineText } from './explain/describe-next-steps.js';
export { localCitation, citationKey } from './explain/local-citation.js';
export { citationText } from './explain/citation-text.js';
export { relationshipSchema, type Relationship } from './schema/relationship.js';
export {
  resultSchema,
  receiptSchema,
  type Result,
  type RiskAssessment,
  type GroupCount,
  type ProvenanceEntry,
  type ExplanationEntry,
  type Warning,
  type RuleSetRef,
  type RegimeResult,
  type Determination,
  type ProvisionalOrderResult,
  type ProtectionOrderResult,
  type BreachResult,
  type DeadlineResult,
  type ProtectionGap,
  type CaseManagement,
  type Receipt,
  type MinimalFlips,
} from './schema/result.js';
export { ruleSetSchema, whitelistedOperators, type RuleSet, type Rule, type Parameter } from './schema/rule-set.js';
export { citationSchema, type Citation } from './schema/citation.js';
export { sourceStatusSchema, provenanceStatusSchema, type SourceStatus, type ProvenanceStatus } from './schema/status.js';
export { evaluateOptionsSchema, type EvaluateOptions } from './schema/options.js';
export { assumptionSchema, assumptionListSchema, MAX_ASSUMPTIONS, type Assumption } from './schema/assumption.js';
export { jsonSchema, schemaNames, type SchemaName } from './schema/json-schemas.js';
export { runFixtureDocuments, type FixtureDocument, type FixtureReport, type FixtureOutcome } from './fixtures/run-fixture-documents.js';
export { parseFixtures } from './fixtures/parse-fixtures.js';
export { matchPartial, type Mismatch } from './fixtures/match-partial.js';
export { fixtureSchema, fixtureFileSchema, type Fixture, type FixtureFile } from './fixtures/fixture-schema.js';
export { computeDue, type Due } from './deadlines/compute-due.js';
export { bucharestDate, bucharestInstant } from './deadlines/bucharest.js';
export { countingSchema, countingMethodSchema, type Counting } from './deadlines/counting.js';
export { isWorkingDay } from './deadlines/is-working-day.js';
export { romanianPublicHolidays, type PublicHoliday } from './deadlines/romanian-public-holidays.js';
export { labelPackSchema, languageSchema, type LabelPack, type Language } from './schema/label-pack.js';
export { parseLabelPack, type LoadedLabelPack } from './explain/parse-label-pack.js';
export { createTranslator, type Translator } from './explain/create-translator.js';
export { describeDetermination, type DeterminationText } from './explain/describe-determination.js';
export { describeChanges } from './explain/describe-changes.js';
export { itemList } from './explain/item-list.js';
export { describeOrders, type OrderBlock } from './explain/describe-orders.js';
export { distinctWarnings, warningText } from './explain/warning-text.js';
export { formName } from './explain/form-name.js';
export { ruleSetTitle, ruleSetSummary } from './explain/rule-set-title.js';
export { labelOf, labelsOf } from './explain/label-of.js';
export { parameterLabel } from './explain/parameter-label.js';
export { pluralKey } from './explain/plural-key.js';
export { verifyReceipt, receiptReportSchema, type ReceiptReport } from './integrity/verify-receipt.js';
export { resultSha256 } from './integrity/seal-result.js';
export { shippedManifest } from './integrity/shipped-manifest.js';
export { manifestSchema, type Manifest, type ManifestEntry } from './integrity/manifest-schema.js';
export { VERSION } from './version.js';
