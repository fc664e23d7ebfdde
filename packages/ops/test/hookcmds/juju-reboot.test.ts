import { jujuReboot } from '../../src/hookcmds';
import { useStandIns } from './support/stand-ins';

describe('juju-reboot', () => {
  const juju = useStandIns();

  it('runs juju-reboot to reboot after the hook', () => {
    jujuReboot(juju.run, false);
    expect(juju.argvs()).toEqual([['juju-reboot']]);
  });

  it('runs juju-reboot --now to reboot at once', () => {
    jujuReboot(juju.run, true);
    expect(juju.argvs()).toEqual([['juju-reboot', '--now']]);
  });
});
