export { checkRecord } from './checkRecord.js';
export type { FactResult } from './measureFact.js';
export { measureFact } from './measureFact.js';
export type { ParseRecordOptions } from './parseRecord.js';
export { parseRecord } from './parseRecord.js';
export type { RecordMonth } from './recordCalendar.js';
export { dayOf, recordMonths } from './recordCalendar.js';
export type { RecordedMonth } from './recordedRungs.js';
export { recordedRungs } from './recordedRungs.js';
export type {
  FactMeasure,
  PublicRecord,
  RecordedEvent,
  RecordSource,
  StylisedFact,
} from './recordSchema.js';
export {
  FACT_KINDS,
  PublicRecordSchema,
  RECORD_STATUSES,
  RECORDED_EVENT_TYPES,
} from './recordSchema.js';
export type {
  HindcastActorScore,
  HindcastCell,
  HindcastScore,
  ModelMonth,
} from './scoreHindcast.js';
export { scoreHindcast } from './scoreHindcast.js';
