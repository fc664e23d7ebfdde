/**
 * The longest message one `juju-log` call may carry. Juju passes it on argv,
 * and Linux refuses a single argument of 128 KiB or more (MAX_ARG_STRLEN,
 * counted in bytes with the trailing NUL), so 131071 bytes is the limit.
 */
export const MAX_JUJU_LOG_LENGTH = 131071;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Splits a message into chunks of at most `max` UTF-8 bytes (so also at most
 * `max` characters), never between the two halves of a surrogate pair.
 * ops counts characters; we count bytes because argv's limit is in bytes
 * and a non-ASCII message would otherwise be refused by the kernel.
 */
export function splitLogMessage(text: string, max: number = MAX_JUJU_LOG_LENGTH): string[] {
  if (max < 4) throw new RangeError(`splitLogMessage: max must be at least 4 bytes (one code point), got ${max}`);
  // Each UTF-16 unit is at most 3 UTF-8 bytes: short messages need no scan.
  if (text.length * 3 <= max || Buffer.byteLength(text) <= max) return [text];
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let units = 1;
    let size = 3; // BMP above U+07FF, or a lone surrogate (written as U+FFFD)
    if (c < 0x80) size = 1;
    else if (c < 0x800) size = 2;
    else if (isHigh(c) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      units = 2;
      size = 4;
    }
    if (bytes + size > max) {
      chunks.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    i += units;
  }
  chunks.push(text.slice(start));
  return chunks;
}
