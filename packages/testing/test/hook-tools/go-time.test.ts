import { goTime } from '../../src/hook-tools/go-time';

describe('goTime', () => {
  describe('when the time has no fraction of a second', () => {
    it('writes none, as Go does', () => {
      expect(goTime('2030-01-01T00:00:00.000Z')).toBe('2030-01-01T00:00:00Z');
    });
  });

  describe('when the time has a fraction', () => {
    it('keeps it without trailing zeros', () => {
      expect(goTime('2030-01-01T00:00:00.500Z')).toBe('2030-01-01T00:00:00.5Z');
      expect(goTime('2030-01-01T00:00:00.123Z')).toBe('2030-01-01T00:00:00.123Z');
    });
  });

  describe('when the time has an offset', () => {
    it('writes it in UTC', () => {
      expect(goTime('2030-01-01T02:00:00+02:00')).toBe('2030-01-01T00:00:00Z');
    });
  });

  describe('when the text is not a time', () => {
    it('leaves it as it is', () => {
      expect(goTime('soon')).toBe('soon');
    });
  });
});
