import type { SecretOwner, SecretRotatePolicy } from '@jujuts/ops/internal';
import type { SecretMetadata } from '../juju/fake-secrets';
import { JujuError } from '../juju/juju-error';
import { type CommandContext, flagValue, valued } from './command-spec';
import { readStringMap } from './read-string-map';
import { UsageError } from './usage-error';

const ROTATE: readonly SecretRotatePolicy[] = [
  'never',
  'hourly',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
];
const DURATION = /^(\d+)(s|m|h|d)$/;
const SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** The metadata flags `secret-add` and `secret-set` share. */
export const SECRET_FIELD_FLAGS = [
  valued('label'),
  valued('description'),
  valued('expire'),
  valued('rotate'),
  valued('owner'),
  valued('file'),
];

/**
 * Secret content from `KEY=VALUE`, `KEY#base64=VALUE` and `KEY#file=PATH`
 * arguments, plus a `--file` YAML document; charms pass real secrets as files
 * so they never show on argv.
 */
export function readSecretContent(ctx: CommandContext, args: readonly string[]): Record<string, string> {
  const file = flagValue(ctx, 'file');
  const content =
    file === undefined
      ? {}
      : readStringMap(file === '-' ? ctx.readStdin() : ctx.readFile(file), 'secret content file');
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new UsageError(`expected "key=value", got "${arg}"`);
    const [key = '', encoding] = arg.slice(0, eq).split('#');
    const raw = arg.slice(eq + 1);
    if (encoding === undefined) content[key] = raw;
    else if (encoding === 'base64') content[key] = Buffer.from(raw, 'base64').toString('utf8');
    else if (encoding === 'file') content[key] = readContentFile(ctx, key, raw);
    else
      throw new UsageError(
        `invalid key "${arg.slice(0, eq)}": only #base64 and #file suffixes are understood`,
      );
  }
  return content;
}

/** `--label`, `--description`, `--expire` (RFC 3339 or a duration like `24h`) and `--rotate`. */
export function readSecretMetadata(ctx: CommandContext): SecretMetadata {
  const rotate = flagValue(ctx, 'rotate');
  if (rotate !== undefined && !ROTATE.includes(rotate as SecretRotatePolicy)) {
    throw new UsageError(`invalid secret rotation policy "${rotate}" (expected one of ${ROTATE.join(', ')})`);
  }
  return {
    label: flagValue(ctx, 'label'),
    description: flagValue(ctx, 'description'),
    expire: readExpire(flagValue(ctx, 'expire')),
    rotate: rotate as SecretRotatePolicy | undefined,
  };
}

/** `--owner application|unit`. */
export function readSecretOwner(ctx: CommandContext): SecretOwner | undefined {
  const owner = flagValue(ctx, 'owner');
  if (owner !== undefined && owner !== 'application' && owner !== 'unit') {
    throw new UsageError(`invalid value "${owner}" for flag --owner: expected "application" or "unit"`);
  }
  return owner;
}

function readExpire(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const duration = DURATION.exec(text);
  if (duration)
    return new Date(
      Date.now() + Number(duration[1]) * (SECONDS[duration[2] ?? 's'] ?? 1) * 1000,
    ).toISOString();
  const date = new Date(text);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`invalid value "${text}" for flag --expire: expected RFC 3339 time or duration`);
  return date.toISOString();
}

function readContentFile(ctx: CommandContext, key: string, path: string): string {
  try {
    return ctx.readFile(path);
  } catch (err) {
    throw new JujuError(`cannot read content of secret key "${key}" from ${path}: ${(err as Error).message}`);
  }
}
