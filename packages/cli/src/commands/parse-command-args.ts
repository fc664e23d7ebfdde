import { parseArgs } from 'node:util';
import { UsageError } from '../errors';
import type { CommandInput, CommandSpec } from './command';

type ParseArgsOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** Parse a command's argv with node:util parseArgs, turning its errors into one-line UsageErrors. */
export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): CommandInput {
  const options: ParseArgsOptions = {};
  for (const [name, option] of Object.entries(spec.options)) {
    options[name] = {
      type: option.type,
      ...(option.short === undefined ? {} : { short: option.short }),
      ...(option.multiple === undefined ? {} : { multiple: option.multiple }),
    };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Read .message without instanceof: the error may come from another realm (jest's vm).
    const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
    // parseArgs messages run on with advice about "strict" and "--"; keep the first sentence.
    const first = message.split('\n')[0]?.replace(/\.\s.*$/, '') ?? '';
    throw new UsageError(`${first} (see 'jujuts ${spec.name} --help')`);
  }
  const declared = spec.positionals ?? [];
  const required = declared.filter((p) => p.required).length;
  if (parsed.positionals.length > declared.length) {
    const extra = parsed.positionals.slice(declared.length).join(' ');
    throw new UsageError(`unexpected argument '${extra}' (usage: jujuts ${spec.usage})`);
  }
  if (parsed.positionals.length < required) {
    const missing = declared[parsed.positionals.length]?.name ?? 'argument';
    throw new UsageError(`missing <${missing}> (usage: jujuts ${spec.usage})`);
  }
  return { options: parsed.values as CommandInput['options'], positionals: parsed.positionals };
}
