import '../../src/matchers';
import { failure, matcherState } from './matcher-fixture';

const state = matcherState();

describe('toHaveRelationData', () => {
  it('passes on a subset of our app bag, by endpoint', () => {
    expect(state).toHaveRelationData('db', 'localApp', { host: 'web' });
  });

  it('finds the relation by id or object', () => {
    expect(state).toHaveRelationData(41, 'remoteApp', { user: 'u' });
    expect(state).toHaveRelationData({ id: 41 }, 'pg/0', { a: '1' });
  });

  it('reads our unit bag', () => {
    expect(state).toHaveRelationData('db', 'localUnit', { 'private-address': '192.0.2.0' });
  });

  it('expects absence with undefined', () => {
    expect(state).toHaveRelationData('db', 'localApp', { password: undefined });
  });

  it('fails listing each differing key and the whole bag', () => {
    expect(failure(() => expect(state).toHaveRelationData('db', 'localApp', { host: 'db', user: 'x' }))).toBe(
      'expected relation db:41 localApp bag to hold {"host":"db","user":"x"}:\n  host: expected "db", got "web"\n  user: expected "x", got absent\nwhole bag: {"host":"web","port":"80"}',
    );
  });

  it('fails naming the relations when there is none on the endpoint', () => {
    expect(failure(() => expect(state).toHaveRelationData('website', 'localApp', {}))).toBe('expected relation data, but the State has no relation "website" (relations: db:41)');
  });

  it('fails naming the owners when the bag owner is unknown', () => {
    expect(failure(() => expect(state).toHaveRelationData('db', 'pg/9', {}))).toBe(
      'expected relation db:41 to have a pg/9 bag, but there is none (owners: localUnit, localApp, remoteApp, or a remote unit: pg/0)',
    );
  });

  it('supports .not', () => {
    expect(state).not.toHaveRelationData('db', 'localApp', { host: 'db' });
  });
});
