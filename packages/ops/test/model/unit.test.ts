import { InvalidStatusError, ModelError } from '../../src/errors';
import { ActiveStatus, BlockedStatus, ErrorStatus, Port, UnknownStatus } from '../../src/model';
import { makeModel } from './support/fixtures';

jest.mock(
  '../../src/model/container',
  () => ({
    Container: class {
      constructor(readonly name: string) {}
    },
  }),
  { virtual: true },
);

describe('unit', () => {
  it('knows its application', () => {
    const { model } = makeModel();
    expect(model.unit.name).toBe('web/0');
    expect(model.unit.app).toBe(model.app);
    expect(model.getUnit('pg/3').app).toBe(model.getApp('pg'));
  });

  describe('isLeader', () => {
    it('asks is-leader and keeps a true answer for the hook', () => {
      const { model, backend } = makeModel((b) => (b.leader = true));
      expect(model.unit.isLeader()).toBe(true);
      expect(model.unit.isLeader()).toBe(true);
      expect(backend.callsTo('isLeader')).toHaveLength(1);
    });

    it('asks again after a false answer, since leadership may arrive', () => {
      const { model, backend } = makeModel();
      expect(model.unit.isLeader()).toBe(false);
      backend.leader = true;
      expect(model.unit.isLeader()).toBe(true);
    });

    it('is a ModelError for a remote unit', () => {
      const { model, backend } = makeModel();
      expect(() => model.getUnit('web/1').isLeader()).toThrow(/cannot see the leadership of remote unit web\/1/);
      expect(backend.calls).toEqual([]);
    });
  });

  describe('status', () => {
    it('is read with status-get once, lazily', () => {
      const { model, backend } = makeModel();
      expect(backend.calls).toEqual([]);
      expect(model.unit.status.equals(new (class extends ActiveStatus {})())).toBe(false);
      expect(String(model.unit.status)).toBe('maintenance: installing');
      expect(backend.callsTo('unitStatusGet')).toHaveLength(1);
    });

    it('sets with one status-set and then reads back what was set', () => {
      const { model, backend } = makeModel();
      model.unit.status = new BlockedStatus('needs db');
      expect(backend.callsTo('statusSet')).toEqual([['blocked', 'needs db', false]]);
      expect(model.unit.status.equals(new BlockedStatus('needs db'))).toBe(true);
      expect(backend.callsTo('unitStatusGet')).toHaveLength(0);
    });

    it.each([new UnknownStatus(), new ErrorStatus('boom')])('refuses %s before any command', (status) => {
      const { model, backend } = makeModel();
      expect(() => (model.unit.status = status)).toThrow(InvalidStatusError);
      expect(() => (model.unit.status = status)).toThrow(/only Juju sets it/);
      expect(backend.calls).toEqual([]);
    });

    it('refuses something that is not a status', () => {
      const { model } = makeModel();
      expect(() => (model.unit.status = 'active' as unknown as ActiveStatus)).toThrow(InvalidStatusError);
    });

    it('reads as unknown for a remote unit and cannot be set there', () => {
      const { model, backend } = makeModel();
      const remote = model.getUnit('pg/0');
      expect(remote.status).toBeInstanceOf(UnknownStatus);
      expect(() => (remote.status = new ActiveStatus())).toThrow(ModelError);
      expect(backend.calls).toEqual([]);
    });
  });

  it('sets the workload version', () => {
    const { model, backend } = makeModel();
    model.unit.setWorkloadVersion('1.4.2');
    expect(backend.workloadVersion).toBe('1.4.2');
  });

  describe('containers', () => {
    it('gives a declared container, the same object each time', () => {
      const { model } = makeModel();
      const c = model.unit.getContainer('web');
      expect((c as unknown as { name: string }).name).toBe('web');
      expect(model.unit.getContainer('web')).toBe(c);
      expect([...model.unit.containers.keys()]).toEqual(['web']);
    });

    it('refuses an undeclared container, listing the declared ones', () => {
      const { model } = makeModel();
      expect(() => model.unit.getContainer('db')).toThrow("container 'db' is not declared in the charm's metadata (declared: web)");
    });

    it('has none for a remote unit', () => {
      const { model } = makeModel();
      expect(() => model.getUnit('web/1').getContainer('web')).toThrow(ModelError);
    });
  });

  describe('ports', () => {
    it('opens and closes one port', () => {
      const { model, backend } = makeModel();
      model.unit.openPort('tcp', 8080);
      model.unit.openPort('icmp');
      model.unit.closePort('tcp', 8080);
      expect(backend.callsTo('openPort')).toEqual([[{ protocol: 'tcp', port: 8080 }], [{ protocol: 'icmp' }]]);
      expect(backend.callsTo('closePort')).toEqual([[{ protocol: 'tcp', port: 8080 }]]);
    });

    it.each([
      ['tcp', undefined, /tcp port undefined: a tcp port must be an integer from 1 to 65535/],
      ['udp', 70000, /udp port 70000/],
      ['icmp', 8, /icmp takes no port number/],
      ['sctp', 1, /invalid port protocol 'sctp'/],
    ] as const)('refuses %s %s before any command', (protocol, port, message) => {
      const { model, backend } = makeModel();
      expect(() => model.unit.openPort(protocol as 'tcp', port)).toThrow(message);
      expect(backend.calls).toEqual([]);
    });

    it('lists the opened ports as Port objects', () => {
      const { model } = makeModel((b) => (b.ports = [{ protocol: 'tcp', port: 80 }, { protocol: 'icmp' }]));
      const ports = [...model.unit.openedPorts()];
      expect(ports.map(String)).toEqual(['80/tcp', 'icmp']);
      expect(ports[0]?.equals(new Port('tcp', 80))).toBe(true);
    });

    it('setPorts closes the extra ports and opens the missing ones only', () => {
      const { model, backend } = makeModel(
        (b) =>
          (b.ports = [
            { protocol: 'tcp', port: 80 },
            { protocol: 'tcp', port: 8000, toPort: 8999 },
            { protocol: 'udp', port: 53 },
          ]),
      );
      model.unit.setPorts(80, new Port('udp', 53), 443, 443);
      expect(backend.callsTo('closePort')).toEqual([[{ protocol: 'tcp', port: 8000, toPort: 8999 }]]);
      expect(backend.callsTo('openPort')).toEqual([[{ protocol: 'tcp', port: 443 }]]);
      expect(backend.ports.map((p) => `${String(p.port)}/${p.protocol}`).sort()).toEqual(['443/tcp', '53/udp', '80/tcp']);
    });

    it('setPorts checks every port before any command', () => {
      const { model, backend } = makeModel((b) => (b.ports = [{ protocol: 'tcp', port: 80 }]));
      expect(() => model.unit.setPorts(443, 0)).toThrow(/tcp port 0/);
      expect(backend.calls).toEqual([]);
    });

    it('setPorts with nothing closes everything', () => {
      const { model, backend } = makeModel((b) => (b.ports = [{ protocol: 'tcp', port: 80 }]));
      model.unit.setPorts();
      expect(backend.ports).toEqual([]);
    });

    it('cannot touch a remote unit', () => {
      const { model } = makeModel();
      expect(() => model.getUnit('pg/0').openPort('tcp', 1)).toThrow(/cannot open a port on remote unit pg\/0/);
    });
  });

  describe('reboot', () => {
    it('asks for a reboot after the hook, or now', () => {
      const { model, backend } = makeModel();
      model.unit.reboot();
      model.unit.reboot({ now: true });
      expect(backend.reboots).toEqual([false, true]);
    });
  });

  describe('addSecret', () => {
    it('adds a unit-owned secret', () => {
      const { model, backend } = makeModel();
      const secret = model.unit.addSecret({ password: 'hunter22' }, { label: 'pw' });
      expect(backend.callsTo('secretAdd')).toEqual([[{ password: 'hunter22' }, expect.objectContaining({ label: 'pw', owner: 'unit' })]]);
      expect(secret.id).toBe('secret:s1');
      expect(secret.getContent()).toEqual({ password: 'hunter22' });
      expect(backend.callsTo('secretGet')).toHaveLength(0);
    });
  });
});
