import { describe, expect, it } from 'vitest';

describe('apiSurface', () => {
  it('exports exactly this list of runtime names, so a change to the surface is a decision', async () => {
    const names = Object.keys(await import('../src/index.js')).sort();
    expect(names).toEqual([
      'DEFAULT_RECORD_ID',
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

  it('names a default record that is built in', async () => {
    const { DEFAULT_RECORD_ID, publicRecords } = await import('../src/index.js');
    expect(Object.keys(publicRecords)).toContain(DEFAULT_RECORD_ID);
  });
});
