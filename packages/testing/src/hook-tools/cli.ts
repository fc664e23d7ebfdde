/**
 * Entry point of the bundled stand-in hook commands: `node bundle COMMAND
 * ARGS…` (what the shims run), or the bundle invoked under a command's name.
 */
import { basename } from 'node:path';
import { HOOK_COMMANDS } from './commands';
import { main } from './main';

const invokedAs = basename(process.argv[1] ?? '');
const [command, args] = HOOK_COMMANDS.has(invokedAs)
  ? [invokedAs, process.argv.slice(2)]
  : [process.argv[2] ?? '', process.argv.slice(3)];
const result = main(command, args, process.env);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
