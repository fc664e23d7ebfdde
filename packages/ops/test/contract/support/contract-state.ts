import type { JujuStateInput } from '@jujuts/testing';

/** A fixed secret id (Juju's 20-character xid form) for secrets that exist before the hook. */
export const OWNED_SECRET = 'secret:d0000000000000000001';
/** A secret another application owns and granted to us. */
export const GRANTED_SECRET = 'secret:g0000000000000000002';

/**
 * `web/0` with a `db` relation (id 3) to `pg` (pg/0, pg/1, remote model
 * `remote-uuid`) and a `cluster` peer relation (id 7) with `web/1`; every
 * bag holds one key. `overrides` replace top-level parts.
 */
export function webUnit(overrides: JujuStateInput = {}): JujuStateInput {
  return {
    unitName: 'web/0',
    leader: true,
    relations: [
      {
        endpoint: 'db',
        id: 3,
        remoteApp: 'pg',
        remoteUnits: { 'pg/0': { host: 'h0' }, 'pg/1': { host: 'h1' } },
        localUnitData: { mine: 'u' },
        localAppData: { ours: 'a' },
        remoteAppData: { dsn: 'postgres://pg' },
        remoteModelUuid: 'remote-uuid',
      },
      {
        endpoint: 'cluster',
        id: 7,
        peer: true,
        remoteApp: 'web',
        remoteUnits: { 'web/1': { peer: 'p1' } },
        localUnitData: { me: '0' },
        localAppData: { shared: 's' },
      },
    ],
    ...overrides,
  };
}
