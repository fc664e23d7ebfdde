import { RelationDataTypeError } from '../errors';

/**
 * Encodes a string as Python's `json.dumps` does by default (ensure_ascii):
 * every character outside printable ASCII becomes a lowercase `\uXXXX`
 * escape (UTF-16 code units, so astral characters become surrogate pairs).
 */
export function pythonJsonString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ch = text[i] as string;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/**
 * Formats a non-integral number as Python's `repr(float)`: the same shortest
 * digits as JavaScript, but exponent form below 1e-4 and from 1e16 up, with
 * a signed two-digit exponent (`1e-05`, `1.5e+16`), and `.0` on whole values.
 */
export function pythonFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (Object.is(x, -0)) return '-0.0';
  const [mantissa = '0', exponentText = '0'] = Math.abs(x).toExponential().split('e');
  const exp = Number(exponentText);
  const digits = mantissa.replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (exp >= digits.length - 1) return `${sign}${digits}${'0'.repeat(exp - digits.length + 1)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

function pythonNumber(x: number): string {
  // A whole number below 1e16 is what a Python int holds (ops charms send
  // ints as ints); anything else is what Python's float repr writes.
  return Number.isInteger(x) && Math.abs(x) < 1e16 && !Object.is(x, -0) ? String(x) : pythonFloat(x);
}

/**
 * Serialises a value exactly as Python's `json.dumps(value)` writes the same
 * data: separators `', '` and `': '`, ASCII-only strings, `NaN`/`Infinity`
 * bare, object keys in insertion order. This is the encoder ops's
 * `Relation.save` uses, so a Python charm reads our bytes as its own.
 * Like `JSON.stringify`, `undefined` object members are skipped and
 * `toJSON()` is honoured; functions, symbols, Maps and Sets are refused.
 *
 * @throws RelationDataTypeError naming the path of a value JSON cannot hold.
 */
export function pythonJsonDumps(value: unknown, path = '(value)'): string {
  switch (typeof value) {
    case 'string':
      return pythonJsonString(value);
    case 'number':
      return pythonNumber(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'undefined':
      return 'null';
    case 'function':
    case 'symbol':
      throw new RelationDataTypeError(`${path}: a ${typeof value} cannot be encoded as JSON`);
  }
  if (value === null) return 'null';
  const withJson = value as { toJSON?: unknown };
  if (typeof withJson.toJSON === 'function') return pythonJsonDumps((withJson.toJSON as () => unknown).call(value), path);
  if (value instanceof Map || value instanceof Set) {
    throw new RelationDataTypeError(`${path}: a ${value.constructor.name} cannot be encoded as JSON; convert it to an object or array first`);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item, i) => (item === undefined || typeof item === 'function' ? 'null' : pythonJsonDumps(item, `${path}.${i}`))).join(', ')}]`;
  }
  const members = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${pythonJsonString(k)}: ${pythonJsonDumps(v, `${path}.${k}`)}`);
  return `{${members.join(', ')}}`;
}
