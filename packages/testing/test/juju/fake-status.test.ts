import { ModelError } from '@jujuts/ops/internal';
import { unitWith } from './juju-fixture';

describe('fake status', () => {
  it('gives the leader the app status with its unit inside', () => {
    const { backend } = unitWith({
      leader: true,
      unitStatus: { status: 'active', message: 'ok' },
      appStatus: { status: 'waiting', message: 'w' },
    });
    expect(backend.appStatusGet()).toEqual({
      status: 'waiting',
      message: 'w',
      units: { 'app/0': { status: 'active', message: 'ok' } },
    });
  });

  it('refuses the app status to a non-leader, for reading and writing', () => {
    const { backend } = unitWith({ leader: false });
    expect(() => backend.appStatusGet()).toThrow(/this unit is not the leader/);
    expect(() => backend.statusSet('active', '', true)).toThrow(ModelError);
  });

  it('records every status set, in order', () => {
    const { backend, juju } = unitWith();
    backend.statusSet('maintenance', 'installing', false);
    backend.statusSet('active', '', false);
    expect(backend.unitStatusGet()).toEqual({ status: 'active', message: '' });
    expect(juju.outputs.unitStatusHistory.map((s) => s.status)).toEqual(['maintenance', 'active']);
  });

  it('refuses a status a charm may not set', () => {
    const { juju } = unitWith();
    expect(() => juju.status.set('error', 'x', false)).toThrow(
      /invalid status "error", expected one of \[maintenance blocked waiting active\]/,
    );
  });
});
