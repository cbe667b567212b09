export { articleParagraphs, axisPack } from './axisPack.js';
export { getLesson, lessonSource, lessons } from './lessons.js';
export { DEFAULT_RECORD_ID, getRecord, publicRecords, recordSource } from './records.js';
export { getScenario, nearestId, scenarioSource, scenarios } from './scenarios.js';
