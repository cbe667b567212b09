import { Immer, type produce as immerProduce } from 'immer';

/**
 * The engine's own immer instance. Auto-freeze is off: the engine never mutates what it has
 * produced, and freezing every snapshot's context costs more than the step itself. Being a
 * private instance, it leaves immer's global settings to the host application.
 */
const engineImmer = new Immer({ autoFreeze: false });

export const produce: typeof immerProduce = engineImmer.produce;
