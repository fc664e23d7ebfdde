import { canonical } from './juju-visible';

/** A secret id as the fake Juju mints them: `secret:` and a 20-character xid. */
const secretId = (fill: string) => `secret:${fill.repeat(20).slice(0, 20)}`;

describe('canonical (the parity comparison)', () => {
  it('ignores the order of keys', () => {
    expect(canonical({ a: 1, b: { c: 2, d: 3 } })).toBe(canonical({ b: { d: 3, c: 2 }, a: 1 }));
  });

  describe('when each side generated its own secret id', () => {
    it('compares equal when each side names its own secret consistently', () => {
      const one = secretId('a');
      const two = secretId('b');
      expect(canonical({ secrets: [{ id: one }], bag: { user: JSON.stringify(one) } })).toBe(
        canonical({ secrets: [{ id: two }], bag: { user: JSON.stringify(two) } }),
      );
    });

    it('tells a databag naming a different secret than the one created', () => {
      const created = secretId('a');
      expect(canonical({ secrets: [{ id: created }], bag: { user: secretId('c') } })).not.toBe(
        canonical({ secrets: [{ id: created }], bag: { user: created } }),
      );
    });
  });

  it('replaces random passwords but not other values of the same shape', () => {
    const password = (c: string) => ({ content: { password: c.repeat(32), username: 'u'.repeat(32) } });
    expect(canonical(password('x'))).toBe(canonical(password('y')));
    expect(canonical({ username: 'x'.repeat(32) })).not.toBe(canonical({ username: 'y'.repeat(32) }));
  });

  it('still tells different statuses apart', () => {
    expect(canonical({ status: 'active', message: 'serving on :9000' })).not.toBe(canonical({ status: 'active', message: 'serving on :8080' }));
  });
});
