import { closePort, openPort, openedPorts } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

describe('open-port', () => {
  const juju = useStandIns();

  it('runs open-port PORT/PROTO, FROM-TO/PROTO and icmp', () => {
    openPort(juju.run, { protocol: 'tcp', port: 8080 });
    openPort(juju.run, { protocol: 'udp', port: 6000, toPort: 6010 });
    openPort(juju.run, { protocol: 'icmp' });
    expect(juju.argvs()).toEqual([['open-port', '8080/tcp'], ['open-port', '6000-6010/udp'], ['open-port', 'icmp']]);
  });

  it('refuses an invalid port before running anything', () => {
    expect(() => openPort(juju.run, { protocol: 'tcp', port: 70000 })).toThrow('port 70000 is out of range: ports are integers from 1 to 65535');
    expect(juju.calls()).toEqual([]);
  });
});

describe('close-port', () => {
  const juju = useStandIns();

  it('runs close-port PORT/PROTO', () => {
    closePort(juju.run, { protocol: 'tcp', port: 8080 });
    expect(juju.argvs()).toEqual([['close-port', '8080/tcp']]);
  });
});

describe('opened-ports', () => {
  const juju = useStandIns();

  it('runs opened-ports --format=json and parses every form', () => {
    juju.reply('opened-ports', json(['80/tcp', '53/udp', 'icmp', '8000-8999/tcp']));
    expect(openedPorts(juju.run)).toEqual([
      { protocol: 'tcp', port: 80 },
      { protocol: 'udp', port: 53 },
      { protocol: 'icmp' },
      { protocol: 'tcp', port: 8000, toPort: 8999 },
    ]);
    expect(juju.argvs()).toEqual([['opened-ports', '--format=json']]);
  });

  it('returns an empty list for null', () => {
    juju.reply('opened-ports', { stdout: 'null\n' });
    expect(openedPorts(juju.run)).toEqual([]);
  });
});
