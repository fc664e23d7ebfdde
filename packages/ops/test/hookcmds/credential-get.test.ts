import { credentialGet } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

describe('credential-get', () => {
  const juju = useStandIns();

  it('runs credential-get --format=json and returns the cloud spec', () => {
    const spec = { type: 'kubernetes', name: 'k8s', endpoint: 'https://10.0.0.1:6443', credential: { 'auth-type': 'oauth2' } };
    juju.reply('credential-get', json(spec));
    expect(credentialGet(juju.run)).toEqual(spec);
    expect(juju.argvs()).toEqual([['credential-get', '--format=json']]);
  });
});
