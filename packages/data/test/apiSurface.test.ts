import { describe, expect, it } from 'vitest';

describe('apiSurface', () => {
  it('exports exactly this list of runtime names, so a change to the surface is a decision', async () => {
    const names = Object.keys(await import('../src/index.js')).sort();
    expect(names).toEqual([
      'articleParagraphs',
      'axisPack',
      'getLesson',
      'getRecord',
      'getScenario',
      'lessonSource',
      'lessons',
      'nearestId',
      'publicRecords',
      'recordSource',
      'scenarioSource',
      'scenarios',
    ]);
  });
});
