import { ModelError } from '../../src/errors';
import { parseCloudSpec } from '../../src/model/cloud-spec';

describe('cloud spec', () => {
  it('defaults the optional parts', () => {
    expect(parseCloudSpec({ type: 'ec2', name: 'aws' })).toEqual({
      type: 'ec2',
      name: 'aws',
      region: undefined,
      endpoint: undefined,
      identityEndpoint: undefined,
      storageEndpoint: undefined,
      credential: undefined,
      caCertificates: [],
      skipTlsVerify: false,
      isControllerCloud: false,
    });
  });

  it('maps the kebab-case endpoints and flags', () => {
    const spec = parseCloudSpec({ type: 'openstack', name: 'os', 'identity-endpoint': 'https://id', 'storage-endpoint': 'https://st', 'skip-tls-verify': true });
    expect(spec.identityEndpoint).toBe('https://id');
    expect(spec.storageEndpoint).toBe('https://st');
    expect(spec.skipTlsVerify).toBe(true);
  });

  it('refuses a spec without type or name', () => {
    expect(() => parseCloudSpec({ name: 'x' })).toThrow(ModelError);
  });
});
