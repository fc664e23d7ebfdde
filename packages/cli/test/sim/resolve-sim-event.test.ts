import { parseCharmcraftYaml, type CharmMeta } from '@jujuts/ops/internal';
import { stringify } from 'yaml';
import { resolveSimEvent } from '../../src/sim/resolve-sim-event';

function meta(): CharmMeta {
  return parseCharmcraftYaml(
    stringify({ name: 'web', type: 'charm', containers: { app: {} }, requires: { db: { interface: 'pg' } }, actions: { backup: {} } }),
  );
}

describe('resolveSimEvent', () => {
  it('finds scoped hooks by their Juju names', () => {
    expect(resolveSimEvent(meta(), { event: 'app-pebble-ready' })).toMatchObject({ type: 'hook', hook: { scopeName: 'app' } });
    expect(resolveSimEvent(meta(), { event: 'db-relation-joined' })).toMatchObject({ type: 'hook', hook: { scopeName: 'db' } });
  });

  it('points an action given as an event to --action', () => {
    expect(() => resolveSimEvent(meta(), { event: 'backup' })).toThrow('"backup" is an action: use --action backup');
  });

  it('lists the declared actions for an unknown one', () => {
    expect(() => resolveSimEvent(meta(), { action: 'restore' })).toThrow('unknown action "restore": web declares these actions: backup');
  });

  it('refuses an option that does not apply to the event', () => {
    expect(() => resolveSimEvent(meta(), { event: 'install', relation: 'db:1' })).toThrow('--relation applies only to relation events, not to install');
    expect(() => resolveSimEvent(meta(), { event: 'install', params: { a: '1' } })).toThrow('--param applies only to actions');
  });

  it('asks for the check of a check event', () => {
    expect(() => resolveSimEvent(meta(), { event: 'app-pebble-check-failed' })).toThrow('app-pebble-check-failed needs --check NAME');
  });

  it('asks for the secret of a secret event', () => {
    expect(() => resolveSimEvent(meta(), { event: 'secret-changed' })).toThrow('secret-changed needs --secret ID-OR-LABEL');
  });
});
