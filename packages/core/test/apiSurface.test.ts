import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RUNGS } from '../src/index.js';

describe('apiSurface', () => {
  it('exports exactly this list of runtime names, so a change to the surface is a decision', async () => {
    const names = Object.keys(await import('../src/index.js')).sort();
    expect(names).toMatchInlineSnapshot(`
      [
        "CHANNELS",
        "CHOICE_RULE_LABELS",
        "DECISION_VALUE_LABELS",
        "DEFAULT_THRESHOLDS",
        "DOCUMENT_LIMITS",
        "DRIVE_TERM_LABELS",
        "DistributionSchema",
        "ENGINE_VERSION",
        "EXPLORE_METHODS",
        "FACT_KINDS",
        "FIELD_GLOSSARY",
        "FIRST_MILITARY_RUNG",
        "InjectSchema",
        "LessonSchema",
        "MAX_SEED",
        "MEANS",
        "MIN_BASE_SAMPLES",
        "PARAMETER_DOMAIN",
        "PARAM_NAMES",
        "PROVENANCE_GLOSSARY",
        "PackSchema",
        "PublicRecordSchema",
        "RECORDED_EVENT_TYPES",
        "RECORD_STATUSES",
        "RUNGS",
        "RUNG_GLOSSARY",
        "RangeSchema",
        "SWEEP_FIELDS",
        "ScenarioSchema",
        "TARGET_CLASSES",
        "ValidationError",
        "WorldEventSchema",
        "addRecord",
        "addTrace",
        "aggregateShares",
        "agree",
        "applyOverrides",
        "batchHeader",
        "canonicalJson",
        "checkDistribution",
        "checkLesson",
        "checkModel",
        "checkPack",
        "checkPostureMachine",
        "checkRecord",
        "checkScenario",
        "combineObservers",
        "compileModel",
        "createKernel",
        "createMachineStepper",
        "createOutcomeTracker",
        "createPostureMachine",
        "createProfileRecorder",
        "createRecordRecorder",
        "createRng",
        "createTraceRecorder",
        "createTrajectoryHash",
        "createValueApplier",
        "csvCodec",
        "dayOf",
        "decisionProvenance",
        "decodeResultCode",
        "describeBasis",
        "describeChoice",
        "describeField",
        "describeInject",
        "differenceInterval",
        "distributionQuantile",
        "elementaryEffects",
        "emptyAggregate",
        "emptyProfile",
        "encodeResultCode",
        "evaluateOutcomes",
        "explainChoice",
        "explainDecision",
        "exploreAnalysis",
        "exploreSampling",
        "fanDays",
        "formatCount",
        "formatInterval",
        "formatIssue",
        "formatPath",
        "gridPoints",
        "hashOf",
        "histogramMedian",
        "lessonVersion",
        "lookupId",
        "machineRules",
        "machineRungs",
        "measureFact",
        "measureLesson",
        "measureUnit",
        "measureValue",
        "mergeAggregates",
        "mergeProfiles",
        "morrisDesign",
        "moveCause",
        "moveVerb",
        "narrate",
        "ndjsonCodec",
        "nearestId",
        "packJsonSchema",
        "parseLesson",
        "parsePack",
        "parseRecord",
        "parseScenario",
        "parseSweepParam",
        "prim",
        "provenanceField",
        "provenanceFields",
        "recordMonths",
        "recordedRungs",
        "replayTrace",
        "rulesFiredMost",
        "runShard",
        "rungAt",
        "rungIndex",
        "rungQuantile",
        "saltelliBaseSamples",
        "saltelliDesign",
        "sampleDistributions",
        "samplingPlan",
        "scenarioAt",
        "scenarioDifferences",
        "scenarioJsonSchema",
        "scenarioSummary",
        "scoreHindcast",
        "sha256Hex",
        "simulate",
        "sobolIndices",
        "summarize",
        "summaryOf",
        "toRunRecord",
        "traceDigest",
        "uncertainParameters",
        "walkProvenance",
        "wilsonInterval",
        "withValues",
      ]
    `);
  });

  it('gives these lean subpaths, each the index’s own exports from one file, for start-up', async () => {
    // `brink --version` and `brink list` start without loading the whole engine (zod, xstate)
    // through these; each is the index's export itself, not a second implementation.
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const exports = manifest.exports as Record<string, string | Record<string, string>>;
    const subpaths = Object.entries(exports).filter(
      (entry): entry is [string, Record<string, string>] =>
        entry[0] !== '.' && typeof entry[1] === 'object',
    );
    expect(subpaths.map(([path]) => path)).toEqual([
      './lookupId',
      './maxSeed',
      './nearestId',
      './scenarioSummary',
      './version',
    ]);
    const index = (await import('../src/index.js')) as Record<string, unknown>;
    for (const [path, conditions] of subpaths) {
      const source = conditions['@brink/source']!;
      expect(conditions.default, path).toBe(
        source.replace('./src/', './dist/').replace(/\.ts$/, '.js'),
      );
      expect(conditions.types, path).toBe(
        source.replace('./src/', './dist/').replace(/\.ts$/, '.d.ts'),
      );
      const module = (await import(
        /* @vite-ignore */ new URL(`../${source}`, import.meta.url).href
      )) as Record<string, unknown>;
      expect(Object.keys(module).length, path).toBeGreaterThan(0);
      for (const [name, value] of Object.entries(module))
        expect(index[name], `${path} ${name}`).toBe(value);
    }
  });

  it('names the seven rungs of the ladder in order, lowest first', () => {
    expect(RUNGS).toEqual([
      'dormant',
      'political',
      'material',
      'indirect',
      'limited',
      'direct',
      'war',
    ]);
  });
});
