import { CliError } from '../errors';

// Characters that have a short YAML escape; every escape here is one go-yaml
// (which Juju reads charms with) decodes too.
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\0': '\\0',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '"': '\\"',
  '\\': '\\\\',
};

/** Where a double-quoted scalar is written: its continuation indent, and whether it is a mapping key (which must stay on one line). */
export interface DoubleQuotedPlace {
  readonly indent: string;
  readonly implicitKey?: boolean;
}

/**
 * A YAML double-quoted scalar that reads back as exactly `value`: every
 * character that is not printable, or that YAML would fold, is escaped.
 * A multi-line value breaks after each `\n` escape with an escaped line break,
 * so it still reads line by line; a key stays on one line.
 */
export function doubleQuotedYaml(value: string, place: DoubleQuotedPlace): string {
  const lines = value.split('\n').map(escapeLine);
  if (place.implicitKey === true || lines.length === 1) return `"${lines.join('\\n')}"`;
  // The last line is kept on the previous one when empty: `"a\n"` reads better than a lone `"`.
  const last = lines.pop() ?? '';
  const body = lines.map((line, i) => (i === 0 ? line : keepLeadingSpace(line)));
  if (last !== '') body.push(keepLeadingSpace(last));
  else body[body.length - 1] += '\\n';
  return `"${body.join(`\\n\\\n${place.indent}`)}"`;
}

// After an escaped line break YAML drops the next line's leading white space
// (the indentation), so a space that is content must be escaped.
function keepLeadingSpace(line: string): string {
  return line.startsWith(' ') ? `\\${line}` : line;
}

function escapeLine(line: string): string {
  let out = '';
  for (const char of line) out += escapeChar(char);
  return out;
}

function escapeChar(char: string): string {
  const short = SHORT_ESCAPES[char];
  if (short !== undefined) return short;
  const code = char.codePointAt(0) ?? 0;
  // C0 and C1 controls and DEL are not printable in YAML (U+0085 is, but YAML 1.1 readers take it for a line break).
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `\\x${hex(code, 2)}`;
  // Line and paragraph separators are line breaks to YAML 1.1 readers; a BOM and U+FFFE/U+FFFF are not printable.
  if (code === 0x2028 || code === 0x2029 || code === 0xfeff || code === 0xfffe || code === 0xffff) return `\\u${hex(code, 4)}`;
  if (code >= 0xd800 && code <= 0xdfff) {
    throw new CliError(
      `cannot write the lone UTF-16 surrogate U+${hex(code, 4)} into YAML: Juju reads charm files as UTF-8, which cannot carry it; ` +
        'remove it from the string in charmcraft.yaml',
    );
  }
  return char;
}

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}
