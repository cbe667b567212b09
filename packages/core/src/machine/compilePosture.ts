import type { Posture } from '../schema/types.js';
import { type CompiledMachineStepper, compileMachineStepper } from './compileMachineStepper.js';
import { createMachineStepper } from './createMachineStepper.js';
import {
  createPostureMachine,
  machineRules,
  type PostureMachine,
  type PostureMachineOptions,
} from './createPostureMachine.js';
import type { MachineRules } from './decisionRules.js';

/** A posture's machine, the rules it decides by, and its compiled transition table. */
export interface CompiledPosture {
  machine: PostureMachine;
  rules: MachineRules;
  /** The machine's transition table, compiled from the xstate machine (`compileMachineStepper`). */
  stepper: CompiledMachineStepper;
}

/**
 * The xstate machine of `posture` under the world's `options`, its rules and its compiled
 * stepper: what the compiled model holds for each actor, and what a drawn parameter vector
 * (`withValues`) builds again when it changes a number the machine decides with.
 */
export function compilePosture(posture: Posture, options: PostureMachineOptions): CompiledPosture {
  const machine = createPostureMachine(posture, options);
  const rules = machineRules(posture, options);
  const stepper = compileMachineStepper(machine, rules, createMachineStepper(machine).initial());
  return { machine, rules, stepper };
}
