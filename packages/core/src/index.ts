export type { BootstrapOptions } from './analysis/bootstrapOptions.js';
export { checkDistribution } from './analysis/checkDistribution.js';
export { distributionQuantile } from './analysis/distributionQuantile.js';
export type { ElementaryEffect, ElementaryEffects } from './analysis/elementaryEffects.js';
export { elementaryEffects } from './analysis/elementaryEffects.js';
export type { MorrisDesign, MorrisOptions } from './analysis/morrisDesign.js';
export { morrisDesign } from './analysis/morrisDesign.js';
export type { PrimBox, PrimOptions, PrimResult } from './analysis/prim.js';
export { prim } from './analysis/prim.js';
export type { SaltelliDesign, SaltelliOptions } from './analysis/saltelliDesign.js';
export {
  MIN_BASE_SAMPLES,
  saltelliBaseSamples,
  saltelliDesign,
} from './analysis/saltelliDesign.js';
export { sampleDistributions } from './analysis/sampleDistributions.js';
export type { SobolIndex, SobolIndices } from './analysis/sobolIndices.js';
export { sobolIndices } from './analysis/sobolIndices.js';
export type { Aggregate } from './batch/aggregate.js';
export {
  addRecord,
  addTrace,
  aggregateShares,
  emptyAggregate,
  histogramMedian,
  mergeAggregates,
} from './batch/aggregate.js';
export type {
  ExploredBox,
  ExploredParameter,
  ExploreMethod,
  ExploreRequest,
  ExploreResult,
} from './batch/exploreAnalysis.js';
export { EXPLORE_METHODS, exploreAnalysis, exploreSampling } from './batch/exploreAnalysis.js';
export type { DifferenceInterval, ShareInterval } from './batch/intervals.js';
export { differenceInterval, formatInterval, wilsonInterval } from './batch/intervals.js';
export type { RecordCodec } from './batch/recordCodecs.js';
export { csvCodec, ndjsonCodec } from './batch/recordCodecs.js';
export type { ShardOptions, ShardResult } from './batch/runShard.js';
export { runShard } from './batch/runShard.js';
export type { Sampling, SamplingPlan } from './batch/samplingPlan.js';
export { PARAMETER_DOMAIN, samplingPlan } from './batch/samplingPlan.js';
export type { Difference } from './batch/scenarioDifferences.js';
export { describeInject, scenarioDifferences } from './batch/scenarioDifferences.js';
export { summarize, summaryOf } from './batch/summarize.js';
export type { GridPoint, SweepParam, SweepParamOptions } from './batch/sweepGrid.js';
export { gridPoints, parseSweepParam, SWEEP_FIELDS, scenarioAt } from './batch/sweepGrid.js';
export type { UncertainParameter } from './batch/uncertainParameters.js';
export { uncertainParameters } from './batch/uncertainParameters.js';
export type {
  FactMeasure,
  FactResult,
  HindcastActorScore,
  HindcastCell,
  HindcastScore,
  ModelMonth,
  ParseRecordOptions,
  PublicRecord,
  RecordedEvent,
  RecordedMonth,
  RecordMonth,
  RecordSource,
  StylisedFact,
} from './hindcast/index.js';
export {
  checkRecord,
  dayOf,
  FACT_KINDS,
  measureFact,
  PublicRecordSchema,
  parseRecord,
  RECORD_STATUSES,
  RECORDED_EVENT_TYPES,
  recordedRungs,
  recordMonths,
  scoreHindcast,
} from './hindcast/index.js';
export type { CitedRecord } from './lessons/checkLesson.js';
export { checkLesson } from './lessons/checkLesson.js';
export type { DecodedResultCode, LessonResult } from './lessons/decodeResultCode.js';
export { decodeResultCode } from './lessons/decodeResultCode.js';
export { encodeResultCode } from './lessons/encodeResultCode.js';
export type { LessonPrediction } from './lessons/lessonPrediction.js';
export { lessonVersion } from './lessons/lessonVersion.js';
export type { LessonFigures, MeasuredClaim } from './lessons/measureLesson.js';
export { measureLesson, measureUnit, measureValue } from './lessons/measureLesson.js';
export type { ParseLessonOptions } from './lessons/parseLesson.js';
export { parseLesson } from './lessons/parseLesson.js';
export type { MachineCheck } from './machine/checkModel.js';
export { checkModel, checkPostureMachine } from './machine/checkModel.js';
export type {
  MachineStepper,
  PostureSnapshot,
  PostureState,
} from './machine/createMachineStepper.js';
export { createMachineStepper } from './machine/createMachineStepper.js';
export type { PostureMachine, PostureMachineOptions } from './machine/createPostureMachine.js';
export {
  createPostureMachine,
  DEFAULT_THRESHOLDS,
  machineRules,
  machineRungs,
} from './machine/createPostureMachine.js';
export type { Cap, Lift, MachineRules, PostureContext } from './machine/decisionRules.js';
export type { PostureEvent } from './machine/postureEvents.js';
export type { BatchHeader } from './run/batchHeader.js';
export { batchHeader } from './run/batchHeader.js';
export { combineObservers } from './run/combineObservers.js';
export { applyOverrides, compileModel } from './run/compileModel.js';
export type { Kernel, KernelOptions } from './run/createKernel.js';
export { createKernel } from './run/createKernel.js';
export type { OutcomeTracker } from './run/createOutcomeTracker.js';
export { createOutcomeTracker } from './run/createOutcomeTracker.js';
export type { ProfileRecorder, ProfileRecorderOptions } from './run/createProfileRecorder.js';
export { createProfileRecorder } from './run/createProfileRecorder.js';
export type { RecordRecorder } from './run/createRecordRecorder.js';
export { createRecordRecorder } from './run/createRecordRecorder.js';
export type { Rng } from './run/createRng.js';
export { createRng } from './run/createRng.js';
export type { TraceRecorder } from './run/createTraceRecorder.js';
export { createTraceRecorder } from './run/createTraceRecorder.js';
export type { TrajectoryHash } from './run/createTrajectoryHash.js';
export { createTrajectoryHash } from './run/createTrajectoryHash.js';
export { createValueApplier } from './run/createValueApplier.js';
export { evaluateOutcomes } from './run/evaluateOutcomes.js';
export type { ChoiceInput } from './run/explainChoice.js';
export { CHOICE_RULE_LABELS, explainChoice } from './run/explainChoice.js';
export type { DecisionRule } from './run/explainDecision.js';
export {
  DECISION_VALUE_LABELS,
  DRIVE_TERM_LABELS,
  decisionProvenance,
  explainDecision,
  moveCause,
} from './run/explainDecision.js';
export type { FanDay } from './run/fanDays.js';
export { fanDays } from './run/fanDays.js';
export type { NarrateOptions, NarrativeLine } from './run/narrate.js';
export { describeBasis, describeChoice, narrate } from './run/narrate.js';
export type {
  DecisionInput,
  DriveTerms,
  InitiativeKind,
  RunObserver,
} from './run/RunObserver.js';
export { replayTrace } from './run/replayTrace.js';
export type { FiredField } from './run/rulesFiredMost.js';
export { rulesFiredMost } from './run/rulesFiredMost.js';
export type { RunRecord } from './run/runRecord.js';
export { toRunRecord } from './run/runRecord.js';
export type { SimulateOptions } from './run/simulate.js';
export { simulate } from './run/simulate.js';
export { traceDigest } from './run/traceDigest.js';
export type { DayWindow, RuleCount, TraceProfile, WindowPeaks } from './run/traceProfile.js';
export { emptyProfile, mergeProfiles, rungQuantile } from './run/traceProfile.js';
export { withValues } from './run/withValues.js';
export { agree, moveVerb } from './schema/agree.js';
export type { CheckPackOptions } from './schema/checkPack.js';
export { checkPack, walkProvenance } from './schema/checkPack.js';
export { checkScenario } from './schema/checkScenario.js';
export type { Distribution } from './schema/DistributionSchema.js';
export { DistributionSchema } from './schema/DistributionSchema.js';
export type { FieldDescription } from './schema/describeField.js';
export { describeField } from './schema/describeField.js';
export { InjectSchema, WorldEventSchema } from './schema/eventSchema.js';
export type { FieldWords } from './schema/fieldGlossary.js';
export { FIELD_GLOSSARY } from './schema/fieldGlossary.js';
export { formatCount } from './schema/formatCount.js';
export { canonicalJson, hashOf, sha256Hex } from './schema/hash.js';
export { LessonSchema } from './schema/lessonSchema.js';
export { lookupId } from './schema/lookupId.js';
export { MAX_SEED } from './schema/maxSeed.js';
export { nearestId } from './schema/nearestId.js';
export type { OutcomeCondition } from './schema/outcomeSchema.js';
export { packJsonSchema } from './schema/packJsonSchema.js';
export { PARAM_NAMES, PackSchema } from './schema/packSchema.js';
export { parsePack } from './schema/parsePack.js';
export type { ParseScenarioOptions } from './schema/parseScenario.js';
export { parseScenario } from './schema/parseScenario.js';
export { provenanceField, provenanceFields } from './schema/provenanceField.js';
export type { ProvenanceWords } from './schema/provenanceGlossary.js';
export { PROVENANCE_GLOSSARY } from './schema/provenanceGlossary.js';
export { RangeSchema } from './schema/rangeSchema.js';
export { DOCUMENT_LIMITS } from './schema/readDocument.js';
export type { RungWords } from './schema/rungGlossary.js';
export { RUNG_GLOSSARY } from './schema/rungGlossary.js';
export { FIRST_MILITARY_RUNG, RUNGS, type Rung, rungAt, rungIndex } from './schema/rungs.js';
export { scenarioJsonSchema } from './schema/scenarioJsonSchema.js';
export type { InjectParts, ScenarioParts } from './schema/scenarioParts.js';
export { ScenarioSchema } from './schema/scenarioSchema.js';
export { scenarioSummary } from './schema/scenarioSummary.js';
export type {
  Actor,
  ActorSummary,
  AttackChoice,
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
} from './schema/types.js';
export type { ValidationIssue } from './schema/ValidationError.js';
export { formatIssue, formatPath, ValidationError } from './schema/ValidationError.js';
export { ENGINE_VERSION } from './schema/version.js';
export {
  CHANNELS,
  type Channel,
  MEANS,
  type Means,
  TARGET_CLASSES,
  type TargetClass,
} from './schema/vocabulary.js';
