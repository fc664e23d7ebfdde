import { ModelError } from '../../src/errors';
import { JujuVersion } from '../../src/model/juju-version';

describe('juju version', () => {
  describe('parsing', () => {
    it.each([
      ['3.6.1', [3, 6, '', 1, 0]],
      ['3.6-beta2', [3, 6, 'beta', 2, 0]],
      ['2.9.44.1', [2, 9, '', 44, 1]],
      ['3.1', [3, 1, '', 0, 0]],
    ])('reads %s', (text, [major, minor, tag, patch, build]) => {
      const v = new JujuVersion(text);
      expect([v.major, v.minor, v.tag, v.patch, v.build]).toEqual([major, minor, tag, patch, build]);
    });

    it('prints the canonical form', () => {
      expect(String(new JujuVersion('3.6-beta2'))).toBe('3.6-beta2');
      expect(String(new JujuVersion('2.9.44.1'))).toBe('2.9.44.1');
      expect(String(JujuVersion.parse('3.1'))).toBe('3.1.0');
    });

    it('refuses garbage with the expected forms', () => {
      expect(() => new JujuVersion('three')).toThrow(ModelError);
      expect(() => new JujuVersion('3.6.1-')).toThrow(/'3.6.1-' is not a valid Juju version: expected MAJOR.MINOR.PATCH/);
    });
  });

  describe('comparison', () => {
    it.each([
      ['3.6.1', '3.6.0', 1],
      ['3.6.0', '3.6.1', -1],
      ['3.6-beta2', '3.6.0', -1],
      ['3.6-beta2', '3.6-rc1', -1],
      ['3.6-beta3', '3.6-beta2', 1],
      ['2.9.44.2', '2.9.44.1', 1],
      ['3.6.1', '3.6.1', 0],
      ['4.0.0', '3.99.99', 1],
    ])('%s vs %s is %i', (a, b, expected) => {
      expect(new JujuVersion(a).compare(b)).toBe(expected);
    });

    it('has equals and isAtLeast', () => {
      expect(new JujuVersion('3.6.1').equals('3.6.1')).toBe(true);
      expect(new JujuVersion('3.6.1').isAtLeast('3.6.0')).toBe(true);
      expect(new JujuVersion('3.5.9').isAtLeast('3.6.0')).toBe(false);
    });
  });

  describe('feature checks', () => {
    it.each([
      ['hasSecrets', '3.0.2', false],
      ['hasSecrets', '3.0.3', true],
      ['supportsOpenPortOnK8s', '3.0.3', true],
      ['supportsOpenPortOnK8s', '2.9.44', false],
      ['hasOpenedPorts', '3.1.0', true],
      ['hasOpenedPorts', '2.9.0', false],
      ['hasAppData', '2.7.0', true],
      ['isDispatchAware', '2.7.9', false],
      ['hasControllerStorage', '2.8.0', true],
      ['supportsExecServiceContext', '3.1.6', true],
      ['supportsExecServiceContext', '3.2.0', false],
      ['supportsExecServiceContext', '3.2.1', true],
      ['supportsPebbleLogForwarding', '3.4.0', true],
      ['supportsPebbleIdentities', '3.6.3', false],
      ['supportsPebbleMetrics', '3.6.4', true],
    ] as const)('%s on %s is %s', (feature, version, expected) => {
      expect(new JujuVersion(version)[feature]).toBe(expected);
    });
  });
});
