import { backendOver, refusalOf } from './support/backend-fixture';

describe('port calls on the in-memory backend', () => {
  describe('when the port is out of range', () => {
    it('refuses with the error production raises, before recording open-port', () => {
      const { juju, backend } = backendOver();
      expect(refusalOf(juju, () => backend.openPort({ protocol: 'tcp', port: 70000 }))).toEqual({
        error: 'TypeError',
        message: 'port 70000 is out of range: ports are integers from 1 to 65535',
        recorded: [],
      });
      expect(backend.openedPorts()).toEqual([]);
    });
  });

  describe('when icmp is given a port', () => {
    it('refuses with the error production raises, before recording close-port', () => {
      const { juju, backend } = backendOver();
      expect(refusalOf(juju, () => backend.closePort({ protocol: 'icmp', port: 8 }))).toEqual({
        error: 'TypeError',
        message: 'icmp has no port: pass { protocol: "icmp" } alone',
        recorded: [],
      });
    });
  });

  describe('when the port is good', () => {
    it('records open-port with the argument Juju takes and opens it', () => {
      const { juju, backend } = backendOver();
      backend.openPort({ protocol: 'tcp', port: 8000, toPort: 8099 });
      expect(juju.outputs.commands).toEqual([{ command: 'open-port', args: ['8000-8099/tcp'] }]);
      expect(backend.openedPorts()).toEqual([{ protocol: 'tcp', port: 8000, toPort: 8099 }]);
    });
  });
});
