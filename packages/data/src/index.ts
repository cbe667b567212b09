export { articleParagraphs, axisPack } from './axisPack.js';
export { getScenario, nearestId, scenarioSource, scenarios } from './scenarios.js';
