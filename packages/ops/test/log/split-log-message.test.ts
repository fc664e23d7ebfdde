import { MAX_JUJU_LOG_LENGTH, splitLogMessage } from '../../src/log/split-log-message';

describe('splitLogMessage', () => {
  it('keeps a message of exactly 131071 characters whole', () => {
    const text = 'x'.repeat(131071);
    expect(MAX_JUJU_LOG_LENGTH).toBe(131071);
    expect(splitLogMessage(text)).toEqual([text]);
  });

  it('splits a message of 131072 characters into 131071 and 1', () => {
    const chunks = splitLogMessage('x'.repeat(131071) + 'y');
    expect(chunks.map((c) => c.length)).toEqual([131071, 1]);
    expect(chunks[1]).toBe('y');
  });

  it('keeps every chunk within the limit and loses nothing', () => {
    const text = Array.from({ length: 40000 }, (_, i) => `line ${i}`).join('\n');
    const chunks = splitLogMessage(text);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.every((c) => c.length <= MAX_JUJU_LOG_LENGTH)).toBe(true);
    expect(chunks.join('')).toBe(text);
  });

  it('keeps an empty message as one empty chunk', () => {
    expect(splitLogMessage('')).toEqual(['']);
  });

  describe('when a surrogate pair straddles the limit', () => {
    it('moves the whole pair to the next chunk', () => {
      const text = 'a'.repeat(9) + '😀' + 'b';
      const chunks = splitLogMessage(text, 10);
      expect(chunks).toEqual(['a'.repeat(9), '😀b']);
    });

    it('never leaves a lone surrogate at a chunk edge in a long emoji message', () => {
      const text = '😀'.repeat(100000);
      const chunks = splitLogMessage(text);
      expect(chunks.join('')).toBe(text);
      for (const c of chunks) {
        expect(c).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
        expect(Buffer.byteLength(c)).toBeLessThanOrEqual(MAX_JUJU_LOG_LENGTH);
      }
    });
  });

  describe('when the text is not ASCII', () => {
    it('limits chunks by UTF-8 bytes, which is what argv limits', () => {
      const text = 'é'.repeat(70000); // 140000 bytes
      const chunks = splitLogMessage(text);
      expect(chunks.map((c) => Buffer.byteLength(c))).toEqual([131070, 8930]);
    });
  });

  it('refuses a limit too small to hold a code point', () => {
    expect(() => splitLogMessage('abc', 3)).toThrow(RangeError);
  });
});
