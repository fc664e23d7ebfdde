import type { CommandSpec } from './command';

const HELP_OPTION = { flag: '-h, --help', description: 'Show this help' };

/** The `jujuts <command> --help` text. */
export function formatCommandHelp(spec: CommandSpec): string {
  const rows = Object.entries(spec.options).map(([name, option]) => {
    const short = option.short === undefined ? '    ' : `-${option.short}, `;
    const value = option.type === 'string' ? ` ${option.valueName ?? 'VALUE'}` : '';
    return { flag: `${short}--${name}${value}`, description: option.description };
  });
  rows.push(HELP_OPTION);
  const width = Math.max(...rows.map((r) => r.flag.length));
  const lines = [`Usage: jujuts ${spec.usage}`, '', spec.summary];
  if (spec.description !== undefined) lines.push('', spec.description);
  lines.push('', 'Options:', ...rows.map((r) => `  ${r.flag.padEnd(width)}  ${r.description}`));
  return `${lines.join('\n')}\n`;
}

/** The top-level `jujuts --help` text, listing every command of the table. */
export function formatTopHelp(commands: readonly CommandSpec[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `jujuts ${version}: build, pack and scaffold Juju charms written in TypeScript`,
    '',
    'Usage: jujuts <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'jujuts <command> --help' for a command's options.",
    '',
  ].join('\n');
}
