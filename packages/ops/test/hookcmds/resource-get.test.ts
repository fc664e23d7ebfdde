import { resourceGet } from '../../src/hookcmds';
import { useStandIns } from './support/stand-ins';

describe('resource-get', () => {
  const juju = useStandIns();

  it('runs resource-get NAME and returns the trimmed path', () => {
    juju.reply('resource-get', { stdout: '/var/lib/juju/agents/unit-web-0/resources/image/image.tgz\n' });
    expect(resourceGet(juju.run, 'image')).toBe('/var/lib/juju/agents/unit-web-0/resources/image/image.tgz');
    expect(juju.argvs()).toEqual([['resource-get', 'image']]);
  });

  it('refuses an empty reply', () => {
    expect(() => resourceGet(juju.run, 'image')).toThrow('resource-get image printed no path');
  });
});
