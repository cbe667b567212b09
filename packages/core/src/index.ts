export type { Aggregate } from './aggregate.js';
export {
  addRecord,
  addTrace,
  aggregateShares,
  emptyAggregate,
  histogramMedian,
  mergeAggregates,
} from './aggregate.js';
export type { BatchHeader } from './batchHeader.js';
export { batchHeader } from './batchHeader.js';
export { checkLesson } from './checkLesson.js';
export type { MachineCheck } from './checkModel.js';
export { checkModel, checkPostureMachine } from './checkModel.js';
export { checkPack, walkProvenance } from './checkPack.js';
export { checkScenario } from './checkScenario.js';
export type { StepperKind } from './compileWorld.js';
export { applyOverrides, compileWorld } from './compileWorld.js';
export type { BatchRunner, BatchRunnerOptions } from './createBatchRunner.js';
export { createBatchRunner } from './createBatchRunner.js';
export type { OutcomeTracker } from './createOutcomeTracker.js';
export { createOutcomeTracker } from './createOutcomeTracker.js';
export type { PostureMachine, PostureMachineOptions } from './createPostureMachine.js';
export {
  createPostureMachine,
  DEFAULT_THRESHOLDS,
  machineRules,
  machineRungs,
} from './createPostureMachine.js';
export type { Rng } from './createRng.js';
export { createRng, MAX_SEED } from './createRng.js';
export type { Lift, MachineRules, PostureContext } from './decisionRules.js';
export { evaluateOutcomes } from './evaluateOutcomes.js';
export { InjectSchema, WorldEventSchema } from './eventSchema.js';
export { DRIVE_TERM_LABELS } from './explainDecision.js';
export { formatCount } from './formatCount.js';
export { canonicalJson, hashOf, sha256Hex } from './hash.js';
export type { DifferenceInterval, ShareInterval } from './intervals.js';
export { differenceInterval, formatInterval, wilsonInterval } from './intervals.js';
export { LessonSchema } from './lessonSchema.js';
export { lookupId } from './lookupId.js';
export type { LessonFigures, MeasuredClaim } from './measureLesson.js';
export { measureLesson, measureUnit, measureValue } from './measureLesson.js';
export type { NarrateOptions, NarrativeLine } from './narrate.js';
export { describeBasis, narrate } from './narrate.js';
export { nearestId } from './nearestId.js';
export type { OutcomeCondition } from './outcomeSchema.js';
export { PARAM_NAMES, PackSchema } from './packSchema.js';
export type { ParseLessonOptions } from './parseLesson.js';
export { parseLesson } from './parseLesson.js';
export { parsePack } from './parsePack.js';
export type { ParseScenarioOptions } from './parseScenario.js';
export { parseScenario } from './parseScenario.js';
export type { PostureEvent } from './postureEvents.js';
export { provenanceField, provenanceFields } from './provenanceField.js';
export { DOCUMENT_LIMITS } from './readDocument.js';
export type { RecordCodec } from './recordCodecs.js';
export { csvCodec, ndjsonCodec } from './recordCodecs.js';
export { FIRST_MILITARY_RUNG, RUNGS, type Rung, rungAt, rungIndex } from './rungs.js';
export type { RunRecord } from './runRecord.js';
export { toRunRecord } from './runRecord.js';
export type { ShardOptions, ShardResult } from './runShard.js';
export { runShard } from './runShard.js';
export type { Difference } from './scenarioDifferences.js';
export { describeInject, scenarioDifferences } from './scenarioDifferences.js';
export { scenarioJsonSchema } from './scenarioJsonSchema.js';
export { ScenarioSchema } from './scenarioSchema.js';
export type { SimulateOptions } from './simulate.js';
export { simulate } from './simulate.js';
export { summarize, summaryOf } from './summarize.js';
export type { GridPoint, SweepParam } from './sweepGrid.js';
export { gridPoints, parseSweepParam, SWEEP_FIELDS, scenarioAt } from './sweepGrid.js';
export type { TraceHasher } from './traceDigest.js';
export { createTraceHasher, traceDigest } from './traceDigest.js';
export type { RuleCount, TraceProfile } from './traceProfile.js';
export { addProfileTrace, emptyProfile, mergeProfiles, rungQuantile } from './traceProfile.js';
export type {
  Actor,
  ActorSummary,
  AttackEvent,
  Decision,
  FieldProvenance,
  Inject,
  Lesson,
  LessonClaim,
  LessonMeasure,
  Outcome,
  Pack,
  Params,
  Posture,
  PostureOverride,
  Provenance,
  RedLine,
  RedLineCrossing,
  Scenario,
  ScenarioInput,
  Source,
  Summary,
  Trace,
  TraceDay,
  World,
  WorldEvent,
} from './types.js';
export type { ValidationIssue } from './ValidationError.js';
export { formatIssue, formatPath, ValidationError } from './ValidationError.js';
export { ENGINE_VERSION } from './version.js';
export {
  CHANNELS,
  type Channel,
  MEANS,
  type Means,
  TARGET_CLASSES,
  type TargetClass,
} from './vocabulary.js';
