import { JujuError } from '../../src/juju/juju-error';
import { unitWith } from './juju-fixture';

describe('fake ports', () => {
  it('opens ports, ranges and icmp once each, and closes them', () => {
    const { backend } = unitWith();
    backend.openPort({ protocol: 'tcp', port: 80 });
    backend.openPort({ protocol: 'tcp', port: 80 });
    backend.openPort({ protocol: 'udp', port: 8000, toPort: 8999 });
    backend.openPort({ protocol: 'icmp' });
    expect(backend.openedPorts()).toEqual([
      { protocol: 'tcp', port: 80 },
      { protocol: 'udp', port: 8000, toPort: 8999 },
      { protocol: 'icmp' },
    ]);
    backend.closePort({ protocol: 'tcp', port: 80 });
    backend.closePort({ protocol: 'tcp', port: 443 });
    expect(backend.openedPorts()).toHaveLength(2);
  });

  // Straight on the fake: the backend refuses such ports itself before any command (ops's checks).
  it('refuses ports outside 1-65535, reversed ranges and a port on icmp', () => {
    const { juju } = unitWith();
    expect(() => juju.ports.open({ protocol: 'tcp', port: 0 })).toThrow(JujuError);
    expect(() => juju.ports.open({ protocol: 'tcp', port: 70000 })).toThrow(/between 1 and 65535/);
    expect(() => juju.ports.open({ protocol: 'tcp', port: 90, toPort: 80 })).toThrow(/lowest first/);
    expect(() => juju.ports.open({ protocol: 'icmp', port: 1 })).toThrow(/does not take a port/);
  });

  it('refuses a range overlapping an opened one', () => {
    const { backend } = unitWith();
    backend.openPort({ protocol: 'tcp', port: 8000, toPort: 8100 });
    expect(() => backend.openPort({ protocol: 'tcp', port: 8050 })).toThrow(
      /port ranges 8000-8100\/tcp and 8050\/tcp conflict/,
    );
    backend.openPort({ protocol: 'udp', port: 8050 });
  });
});
