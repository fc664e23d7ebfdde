import { formatLogLine, formatValue } from '../../src/log/format-log-line';

describe('formatLogLine', () => {
  it('is the message alone when there are no fields', () => {
    expect(formatLogLine('hi', {}, undefined)).toBe('hi');
  });

  it('puts bindings before the call fields', () => {
    expect(formatLogLine('m', { b: 2 }, { a: 1 })).toBe('m a=1 b=2');
  });

  it('uses the msg field when no message was given, and does not repeat it', () => {
    expect(formatLogLine(undefined, { msg: 'from object', k: 'v' }, undefined)).toBe('from object k=v');
  });

  it('starts with the first field when there is no message at all', () => {
    expect(formatLogLine(undefined, { k: 'v' }, undefined)).toBe('k=v');
  });

  it('writes a non-error err as a field-like line', () => {
    expect(formatLogLine('m', { err: 'text' }, undefined)).toBe('m\nerr=text');
  });
});

describe('formatValue', () => {
  it.each([
    ['bare', 'bare'],
    ['two words', '"two words"'],
    ['a=b', '"a=b"'],
    [3.5, '3.5'],
    [false, 'false'],
    [null, 'null'],
    [10n, '10'],
    [{ a: [1, 2] }, '{"a":[1,2]}'],
    [new RangeError('out'), '"RangeError: out"'],
  ])('writes %p as %s', (value, expected) => {
    expect(formatValue(value)).toBe(expected);
  });

  it('does not throw on a circular object', () => {
    const o: Record<string, unknown> = {};
    o['self'] = o;
    expect(formatValue(o)).toBe('[unserializable]');
  });
});
