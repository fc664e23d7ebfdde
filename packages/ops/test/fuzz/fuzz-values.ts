import type { SeededRandom } from '../../../../test-support/seeded-random';

/** 1 MiB: the largest values the fuzz sends (Juju's whole-secret limit; relation data has none). */
export const ONE_MIB = 1024 * 1024;

/**
 * Values that break naive encodings: shell and YAML syntax, flag look-alikes,
 * numbers and booleans YAML would retype, line ends, control and non-BMP characters.
 */
const NASTY: readonly string[] = [
  '',
  ' ',
  '  lead',
  'trail  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  'a\nb',
  'line1\nline2\n',
  '"',
  "'",
  '`',
  '"quoted"',
  "it's",
  '=',
  'a=b',
  '==',
  'k=v=w',
  '#',
  '# comment',
  'x #y',
  '-',
  '--',
  '-r',
  '--app',
  '--file',
  '-x=1',
  '--format=yaml',
  'yes',
  'no',
  'on',
  'off',
  'true',
  'false',
  'True',
  'null',
  'Null',
  '~',
  '0',
  '012',
  '0x1F',
  '1e3',
  '1_000',
  '.inf',
  '-.inf',
  '.nan',
  '3.0',
  '1:20',
  '2026-11-25',
  'a: b',
  '- item',
  '[1, 2]',
  '{a: 1}',
  '&anchor',
  '*alias',
  '!!str x',
  '%YAML 1.2',
  '---',
  '...',
  '|',
  '>',
  '@',
  '?',
  ':',
  '{',
  '}',
  '[',
  ']',
  ',',
  '\\',
  '\\n',
  '$HOME',
  '$(id)',
  ';rm -rf /',
  'é',
  'naïve',
  '日本語',
  'Ελληνικά',
  'עברית',
  'مرحبا',
  '🙂',
  '👩‍👩‍👧',
  'e\u0301',
  '\u200b',
  '\ufeffbom',
  '\u2028\u2029',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  '\u007f',
];

const ALPHABET: readonly string[] = [
  ...'abcxyzABC0189 -_=#:"\'`\\/.,;{}[]|>&*!%@$?~^\n\r\t',
  'é',
  'ß',
  'ж',
  '中',
  '🙂',
  '👍🏽',
  '\u0301',
  '\u200b',
  '\u0000',
  '\u001f',
];

/** A random string over {@link ALPHABET}, never splitting a surrogate pair (Juju stores UTF-8 only). */
export function randomText(rng: SeededRandom, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i++) parts.push(rng.pick(ALPHABET));
  return parts.join('');
}

/** A 1 MiB value (in UTF-16 units), mixing multi-byte characters and line ends so any truncation or re-encoding shows. */
export function hugeValue(rng: SeededRandom): string {
  const chunk = randomText(rng, 4096);
  let text = '';
  while (text.length < ONE_MIB) text += `${chunk}${rng.int(0, 9)}`;
  return text.slice(0, ONE_MIB - 1).replace(/[\ud800-\udbff]$/, 'x') + '\n';
}

/** One fuzz value: a known-nasty one, a nasty one with noise around it, or random text; capped at `maxLength`. */
export function fuzzValue(rng: SeededRandom, maxLength: number): string {
  const roll = rng.next();
  let value: string;
  if (roll < 0.35) value = rng.pick(NASTY);
  else if (roll < 0.55) value = `${rng.pick(NASTY)}${randomText(rng, rng.int(0, 8))}${rng.pick(NASTY)}`;
  else if (roll < 0.95) value = randomText(rng, rng.int(1, 64));
  else value = randomText(rng, rng.int(200, Math.min(maxLength, 4_000)));
  return value.length <= maxLength ? value : value.slice(0, maxLength).replace(/[\ud800-\udbff]$/, 'x');
}

/** Values long enough that finding one inside an argv element cannot be a coincidence with a flag or an id. */
export const isDistinctive = (value: string): boolean => value.length > 3;
