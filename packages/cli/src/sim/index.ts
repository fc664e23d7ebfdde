export { SimSession, type SimSessionOptions, type SimStepOutcome } from './sim-session';
export { stepTitle, type SimStep } from './sim-step';
export { readScenario } from './read-scenario';
export { charmHookNames, describeValidEvents, type HookName } from './sim-event-names';
