import { networkGet } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

const address = (value: string, cidr = '10.1.0.0/24', hostname = '') => ({ hostname, value, cidr });
const networkReply = () => ({
  'bind-addresses': [
    { 'mac-address': '00:16:3e:aa:bb:cc', 'interface-name': 'eth0', addresses: [address('10.1.0.5'), address('fe80::1', 'fe80::/64', 'web-0')] },
  ],
  'egress-subnets': ['10.1.0.5/32'],
  'ingress-addresses': ['10.1.0.5'],
});

describe('network-get', () => {
  const juju = useStandIns();

  it('runs network-get BINDING --format=json and camel-cases the reply', () => {
    juju.reply('network-get', json(networkReply()));
    expect(networkGet(juju.run, 'db')).toEqual({
      bindAddresses: [
        {
          macAddress: '00:16:3e:aa:bb:cc',
          interfaceName: 'eth0',
          addresses: [
            { value: '10.1.0.5', cidr: '10.1.0.0/24', hostname: undefined },
            { value: 'fe80::1', cidr: 'fe80::/64', hostname: 'web-0' },
          ],
        },
      ],
      ingressAddresses: ['10.1.0.5'],
      egressSubnets: ['10.1.0.5/32'],
    });
    expect(juju.argvs()).toEqual([['network-get', 'db', '--format=json']]);
  });

  describe('for a relation', () => {
    it('passes -r with the plain relation number', () => {
      juju.reply('network-get', json(networkReply()));
      networkGet(juju.run, 'db', 7);
      expect(juju.argvs()).toEqual([['network-get', 'db', '--format=json', '-r', '7']]);
    });
  });

  it('reads the older `address` key', () => {
    juju.reply('network-get', json({ 'bind-addresses': [{ 'mac-address': '', 'interface-name': 'lo', addresses: [{ address: '127.0.0.1', cidr: '127.0.0.0/8' }] }] }));
    const info = networkGet(juju.run, 'db');
    expect(info.bindAddresses[0]?.addresses[0]?.value).toBe('127.0.0.1');
    expect(info.ingressAddresses).toEqual([]);
  });
});
