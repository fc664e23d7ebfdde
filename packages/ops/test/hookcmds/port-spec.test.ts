import type { PortSpec } from '../../src/backend/backend-types';
import { formatPort, parsePort } from '../../src/hookcmds';

describe('port-spec', () => {
  describe('formatPort', () => {
    it.each<[PortSpec, string]>([
      [{ protocol: 'tcp', port: 80 }, '80/tcp'],
      [{ protocol: 'udp', port: 53 }, '53/udp'],
      [{ protocol: 'tcp', port: 8000, toPort: 8999 }, '8000-8999/tcp'],
      [{ protocol: 'tcp', port: 443, toPort: 443 }, '443/tcp'],
      [{ protocol: 'icmp' }, 'icmp'],
    ])('formats %j as %s', (spec, text) => {
      expect(formatPort(spec)).toBe(text);
    });

    it.each<[PortSpec, string]>([
      [{ protocol: 'tcp', port: 0 }, 'port 0 is out of range'],
      [{ protocol: 'tcp', port: 65536 }, 'port 65536 is out of range'],
      [{ protocol: 'tcp', port: 80.5 }, 'port 80.5 is out of range'],
      [{ protocol: 'tcp' }, 'a tcp port needs a port number'],
      [{ protocol: 'udp', port: 9000, toPort: 8000 }, 'port range 9000-8000/udp is reversed'],
      [{ protocol: 'icmp', port: 8 }, 'icmp has no port'],
      [{ protocol: 'sctp' as 'tcp', port: 1 }, 'unknown protocol "sctp"'],
    ])('refuses %j', (spec, message) => {
      expect(() => formatPort(spec)).toThrow(message);
    });
  });

  describe('parsePort', () => {
    it.each<[string, PortSpec]>([
      ['80/tcp', { protocol: 'tcp', port: 80 }],
      ['53/udp', { protocol: 'udp', port: 53 }],
      ['8000-8999/tcp', { protocol: 'tcp', port: 8000, toPort: 8999 }],
      ['icmp', { protocol: 'icmp' }],
    ])('reads %s', (text, spec) => {
      expect(parsePort(text)).toEqual(spec);
    });

    it('refuses what opened-ports never prints', () => {
      expect(() => parsePort('80')).toThrow('"80" is not a port as opened-ports prints it');
    });
  });
});
