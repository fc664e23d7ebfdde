import { ModelError, type CloudSpec } from '@jujuts/ops';
import { recorder } from './harness-fixture';

const spec = (overrides: Partial<CloudSpec> = {}): CloudSpec => ({
  type: 'lxd',
  name: 'localhost',
  region: 'default',
  endpoint: 'https://10.0.0.1:8443',
  credential: { authType: 'certificate', attributes: { 'client-cert': 'CERT' }, redacted: [] },
  caCertificates: ['CA'],
  skipTlsVerify: false,
  isControllerCloud: true,
  ...overrides,
});

describe('setCloudSpec', () => {
  it('is what the charm reads with getCloudSpec', () => {
    const harness = recorder();
    harness.setCloudSpec(spec());
    expect(harness.model.getCloudSpec()).toEqual({ ...spec(), identityEndpoint: undefined, storageEndpoint: undefined });
  });

  it('round-trips the optional endpoints and no credential', () => {
    const harness = recorder();
    const given = spec({ credential: undefined, identityEndpoint: 'https://id', storageEndpoint: 'https://s3', region: undefined, endpoint: undefined });
    harness.setCloudSpec(given);
    expect(harness.model.getCloudSpec()).toEqual(given);
  });

  it('is refused to an untrusted application, as Juju does', () => {
    expect(() => recorder().model.getCloudSpec()).toThrow(ModelError);
  });
});
