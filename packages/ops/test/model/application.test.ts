import { InvalidStatusError, ModelError } from '../../src/errors';
import { ActiveStatus, BlockedStatus, UnknownStatus } from '../../src/model';
import { makeModel } from './support/fixtures';

jest.mock('../../src/model/container', () => ({ Container: class {} }), { virtual: true });

describe('application', () => {
  describe('status', () => {
    describe('on the leader', () => {
      it('reads status-get --application once', () => {
        const { model, backend } = makeModel((b) => {
          b.leader = true;
          b.appStatus = { status: 'waiting', message: 'peers' };
        });
        expect(String(model.app.status)).toBe('waiting: peers');
        void model.app.status;
        expect(backend.callsTo('appStatusGet')).toHaveLength(1);
      });

      it('sets with one status-set --application', () => {
        const { model, backend } = makeModel((b) => (b.leader = true));
        model.app.status = new ActiveStatus('ready');
        expect(backend.callsTo('statusSet')).toEqual([['active', 'ready', true]]);
        expect(model.app.status.equals(new ActiveStatus('ready'))).toBe(true);
      });

      it('refuses unknown status', () => {
        const { model } = makeModel((b) => (b.leader = true));
        expect(() => (model.app.status = new UnknownStatus())).toThrow(InvalidStatusError);
      });
    });

    describe('on a non-leader', () => {
      it('refuses to set, naming the rule, before status-set', () => {
        const { model, backend } = makeModel();
        expect(() => (model.app.status = new BlockedStatus('x'))).toThrow(ModelError);
        expect(() => (model.app.status = new BlockedStatus('x'))).toThrow(/cannot set the status of application web: only the leader may, and web\/0 is not the leader/);
        expect(backend.callsTo('statusSet')).toHaveLength(0);
      });

      it('refuses to read', () => {
        const { model, backend } = makeModel();
        expect(() => model.app.status).toThrow(/cannot read the status of application web/);
        expect(backend.callsTo('appStatusGet')).toHaveLength(0);
      });
    });

    it('reads as unknown for a remote application and cannot be set', () => {
      const { model } = makeModel((b) => (b.leader = true));
      expect(model.getApp('pg').status).toBeInstanceOf(UnknownStatus);
      expect(() => (model.getApp('pg').status = new ActiveStatus())).toThrow(/remote application pg/);
    });
  });

  describe('plannedUnits', () => {
    it('counts the goal-state units that are not dying', () => {
      const { model } = makeModel((b) => {
        b.goal = { units: { 'web/0': { status: 'active' }, 'web/1': { status: 'waiting' }, 'web/2': { status: 'dying' } }, relations: {} };
      });
      expect(model.app.plannedUnits()).toBe(2);
    });

    it('is refused for a remote application', () => {
      const { model } = makeModel();
      expect(() => model.getApp('pg').plannedUnits()).toThrow(ModelError);
    });
  });

  describe('addSecret', () => {
    it('adds an application-owned secret with its options', () => {
      const { model, backend } = makeModel((b) => (b.leader = true));
      const expire = new Date('2030-01-01T00:00:00Z');
      const secret = model.app.addSecret({ 'api-key': 'k' }, { label: 'api', description: 'the key', expire, rotate: 'daily' });
      expect(backend.callsTo('secretAdd')).toEqual([
        [{ 'api-key': 'k' }, { label: 'api', description: 'the key', expire, rotate: 'daily', owner: 'application' }],
      ]);
      expect(secret.label).toBe('api');
    });

    it('checks the content before secret-add', () => {
      const { model, backend } = makeModel((b) => (b.leader = true));
      expect(() => model.app.addSecret({ K: 'v' })).toThrow(/invalid secret keys 'K'/);
      expect(backend.calls.filter((c) => c.method === 'secretAdd')).toEqual([]);
    });
  });
});
