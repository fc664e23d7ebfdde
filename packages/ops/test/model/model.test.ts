import { ModelError } from '../../src/errors';
import { makeModel } from './support/fixtures';

jest.mock('../../src/model/container', () => ({ Container: class {} }), { virtual: true });

describe('model', () => {
  it('runs no command when built', () => {
    const { backend, model } = makeModel();
    void [model.unit, model.app, model.relations, model.config, model.storages, model.resources];
    expect(backend.calls).toEqual([]);
  });

  it('takes name, uuid and Juju version from the context', () => {
    const { model } = makeModel(undefined, { modelName: 'staging', modelUuid: 'u-1', jujuVersion: '3.5-beta1' });
    expect(model.name).toBe('staging');
    expect(model.uuid).toBe('u-1');
    expect(String(model.jujuVersion)).toBe('3.5-beta1');
    expect(model.jujuVersion).toBe(model.jujuVersion);
  });

  describe('getUnit and getApp', () => {
    it('give the same object for the same name', () => {
      const { model } = makeModel();
      expect(model.getUnit('web/0')).toBe(model.unit);
      expect(model.getUnit('pg/1')).toBe(model.getUnit('pg/1'));
      expect(model.getApp('web')).toBe(model.app);
      expect(model.getApp('pg')).toBe(model.getApp('pg'));
    });

    it('refuse malformed names', () => {
      const { model } = makeModel();
      expect(() => model.getUnit('web')).toThrow(ModelError);
      expect(() => model.getUnit('web')).toThrow(/invalid unit name 'web': expected <application>\/<number>/);
      expect(() => model.getApp('web/0')).toThrow(/invalid application name 'web\/0'/);
    });

    it('mark our unit and app', () => {
      const { model } = makeModel();
      expect(model.unit.isOurs).toBe(true);
      expect(model.app.isOurs).toBe(true);
      expect(model.getUnit('web/1').isOurs).toBe(false);
      expect(model.getApp('pg').isOurs).toBe(false);
    });
  });

  describe('getCloudSpec', () => {
    it('parses credential-get', () => {
      const { model } = makeModel((b) => {
        b.cloud = {
          type: 'lxd',
          name: 'localhost',
          region: 'default',
          endpoint: 'https://10.0.0.1:8443',
          credential: { 'auth-type': 'certificate', attrs: { 'client-cert': 'c' }, redacted: ['client-key'] },
          cacertificates: ['CA'],
          'is-controller-cloud': true,
        };
      });
      expect(model.getCloudSpec()).toEqual({
        type: 'lxd',
        name: 'localhost',
        region: 'default',
        endpoint: 'https://10.0.0.1:8443',
        identityEndpoint: undefined,
        storageEndpoint: undefined,
        credential: { authType: 'certificate', attributes: { 'client-cert': 'c' }, redacted: ['client-key'] },
        caCertificates: ['CA'],
        skipTlsVerify: false,
        isControllerCloud: true,
      });
    });

    it('passes on Juju\'s refusal for an untrusted application', () => {
      const { model } = makeModel();
      expect(() => model.getCloudSpec()).toThrow(/permission denied/);
    });
  });
});
