import { formatDuration, parseDuration } from '../../src/pebble/duration';

describe('parseDuration', () => {
  it.each([
    ['1h30m', 5_400_000],
    ['1.5s', 1500],
    ['250ms', 250],
    ['0', 0],
    ['2m0.5s', 120_500],
  ])('reads %s as %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '5', '1x', 's', '1s junk'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [3000, '3s'],
    [1500, '1500ms'],
    [0.5, '500us'],
  ])('writes %d ms as %s, which parses back', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
    expect(parseDuration(text)).toBe(ms);
  });
});
