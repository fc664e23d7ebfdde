import { ModelError } from '@jujuts/ops/internal';
import { JujuError } from '../../src/juju/juju-error';
import { unitWith } from './juju-fixture';

describe('fake actions', () => {
  it('gives the parameters and nests dotted results', () => {
    const { backend, juju } = unitWith({ actionParams: { target: { host: 'h' } } });
    expect(backend.actionGet()).toEqual({ target: { host: 'h' } });
    backend.actionSet({ 'out.path': '/x', 'out.size': '3', done: 'yes' });
    expect(juju.outputs.actionResults).toEqual({ out: { path: '/x', size: '3' }, done: 'yes' });
  });

  // Straight on the fake: the backend refuses such keys itself before any command (ops's checks).
  it('refuses keys Juju refuses, setting none of the batch', () => {
    const { juju } = unitWith({ actionParams: {} });
    expect(() => juju.actions.set({ good: '1', Bad: '2' })).toThrow(
      /key "Bad" must start and end with lowercase alphanumeric/,
    );
    expect(() => juju.actions.set({ 'a.-b': '1' })).toThrow(JujuError);
    expect(() => juju.actions.set({ stdout: 'x' })).toThrow(/reserved action key "stdout"/);
    expect(juju.outputs.actionResults).toEqual({});
  });

  it('keeps logs and the failure even when the hook fails', () => {
    const { backend, juju } = unitWith({ actionParams: {} });
    backend.actionLog('step 1');
    backend.actionSet({ partial: 'yes' });
    backend.actionFail('disk full');
    juju.endHook(false);
    expect(juju.outputs).toMatchObject({
      actionLogs: ['step 1'],
      actionResults: { partial: 'yes' },
      actionFailure: 'disk full',
    });
  });

  it('refuses every action command outside an action', () => {
    const { backend } = unitWith();
    expect(() => backend.actionGet()).toThrow(/not running an action/);
    expect(() => backend.actionLog('x')).toThrow(ModelError);
  });
});
