import { describe, expect, it } from 'vitest';
import { RUNGS } from '../src/index.js';

describe('apiSurface', () => {
  it('exports exactly this list of runtime names, so a change to the surface is a decision', async () => {
    const names = Object.keys(await import('../src/index.js')).sort();
    expect(names).toMatchInlineSnapshot(`
      [
        "CHANNELS",
        "DEFAULT_THRESHOLDS",
        "DRIVE_TERM_LABELS",
        "ENGINE_VERSION",
        "FIRST_MILITARY_RUNG",
        "InjectSchema",
        "LessonSchema",
        "MEANS",
        "PARAM_NAMES",
        "PackSchema",
        "RUNGS",
        "ScenarioSchema",
        "TARGET_CLASSES",
        "ValidationError",
        "WorldEventSchema",
        "addRecord",
        "addTrace",
        "aggregateShares",
        "applyOverrides",
        "batchHeader",
        "canonicalJson",
        "checkLesson",
        "checkModel",
        "checkPack",
        "checkPostureMachine",
        "checkScenario",
        "compileWorld",
        "createPostureMachine",
        "createRng",
        "describeBasis",
        "emptyAggregate",
        "evaluateOutcomes",
        "formatIssue",
        "formatPath",
        "hashOf",
        "histogramMedian",
        "machineRules",
        "machineRungs",
        "measureLesson",
        "measureUnit",
        "measureValue",
        "mergeAggregates",
        "narrate",
        "parseLesson",
        "parsePack",
        "parseScenario",
        "provenanceField",
        "provenanceFields",
        "runShard",
        "rungAt",
        "rungIndex",
        "scenarioJsonSchema",
        "sha256Hex",
        "simulate",
        "summarize",
        "summaryOf",
        "toRunRecord",
        "walkProvenance",
      ]
    `);
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
