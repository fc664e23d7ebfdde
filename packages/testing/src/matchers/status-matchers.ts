import type { StatusBase } from '@jujuts/ops';
import type { StatusName } from '@jujuts/ops/internal';
import type { State } from '../context';
import { requireShape, result, show, type MatcherResult, type MatcherThis } from './matcher-result';

/** A status to expect: a status object (`new ActiveStatus('ready')`) or a name with an optional message. */
export type ExpectedStatus = StatusBase | StatusName;

const isState = (v: unknown): boolean => typeof v === 'object' && v !== null && 'unitStatus' in v && 'appStatus' in v;

function matchStatus(which: 'unit' | 'application', actual: { status: string; message: string }, expected: ExpectedStatus, message?: string): MatcherResult {
  const name = typeof expected === 'string' ? expected : expected.name;
  const text = typeof expected === 'string' ? message : expected.message;
  const pass = actual.status === name && (text === undefined || actual.message === text);
  const want = text === undefined ? name : `${name} ${show(text)}`;
  const got = `${actual.status} ${show(actual.message)}`;
  return result(pass, `expected the ${which} status not to be ${want}, but it is`, `expected the ${which} status to be ${want}, but it is ${got}`);
}

/** `expect(state).toHaveUnitStatus('active', 'ready')` or `.toHaveUnitStatus(new ActiveStatus('ready'))`; without a message any message matches. */
export function toHaveUnitStatus(this: MatcherThis | void, received: unknown, expected: ExpectedStatus, message?: string): MatcherResult {
  const state = requireShape<State>('toHaveUnitStatus', received, 'a State', isState);
  return matchStatus('unit', state.unitStatus, expected, message);
}

/** `expect(state).toHaveAppStatus('blocked', 'needs a database')`: the application status, set by the leader. */
export function toHaveAppStatus(this: MatcherThis | void, received: unknown, expected: ExpectedStatus, message?: string): MatcherResult {
  const state = requireShape<State>('toHaveAppStatus', received, 'a State', isState);
  return matchStatus('application', state.appStatus, expected, message);
}
