export { createReferenceRunner } from './createReferenceRunner.js';
export { naiveRecord } from './naiveRecord.js';
