import { InvalidStatusError } from '../../src/errors';
import { ActiveStatus, BlockedStatus, ErrorStatus, MaintenanceStatus, StatusBase, UnknownStatus, WaitingStatus } from '../../src/model/status';

describe('status', () => {
  describe('fromName', () => {
    it.each([
      ['active', ActiveStatus],
      ['blocked', BlockedStatus],
      ['maintenance', MaintenanceStatus],
      ['waiting', WaitingStatus],
      ['unknown', UnknownStatus],
      ['error', ErrorStatus],
    ])('builds %s', (name, cls) => {
      const s = StatusBase.fromName(name, 'msg');
      expect(s).toBeInstanceOf(cls);
      expect(s.name).toBe(name);
      expect(s.message).toBe('msg');
    });

    it('refuses an unknown name, listing the valid ones', () => {
      expect(() => StatusBase.fromName('happy')).toThrow(InvalidStatusError);
      expect(() => StatusBase.fromName('happy')).toThrow(/unknown status name 'happy': expected one of error, blocked/);
    });
  });

  describe('equals', () => {
    it('compares name and message', () => {
      expect(new BlockedStatus('x').equals(new BlockedStatus('x'))).toBe(true);
      expect(new BlockedStatus('x').equals(new BlockedStatus('y'))).toBe(false);
      expect(new BlockedStatus('x').equals(new WaitingStatus('x'))).toBe(false);
      expect(new ActiveStatus().equals('active')).toBe(false);
    });
  });

  it('prints as name: message', () => {
    expect(String(new BlockedStatus('needs db'))).toBe('blocked: needs db');
    expect(String(new ActiveStatus())).toBe('active');
  });

  describe('highestPriority', () => {
    it('orders error > blocked > maintenance > waiting > active > unknown', () => {
      const all = [new UnknownStatus(), new ActiveStatus(), new WaitingStatus(), new MaintenanceStatus(), new BlockedStatus(), new ErrorStatus()];
      for (let i = 0; i < all.length; i++) {
        expect(StatusBase.highestPriority(all.slice(0, i + 1))).toBe(all[i]);
      }
    });

    it('keeps the first of equal statuses', () => {
      const first = new BlockedStatus('a');
      expect(StatusBase.highestPriority([new ActiveStatus(), first, new BlockedStatus('b')])).toBe(first);
    });

    it('is undefined for no statuses', () => {
      expect(StatusBase.highestPriority([])).toBeUndefined();
    });
  });
});
