import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hookToolBundle } from './build-hook-tool-bundle';
import { HOOK_TOOL_NAMES } from './commands';

const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * Put one executable shim per hook command into `binDir` (created if
 * needed). Each runs the one bundled file with this process's Node, so a
 * charm run with `binDir` first on PATH finds `relation-get` & co. as under Juju.
 */
export async function installHookTools(binDir: string): Promise<void> {
  const bundle = await hookToolBundle();
  await mkdir(binDir, { recursive: true });
  await Promise.all(
    HOOK_TOOL_NAMES.map(async (name) => {
      const shim = join(binDir, name);
      await writeFile(
        shim,
        `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(bundle)} ${name} "$@"\n`,
      );
      await chmod(shim, 0o755);
    }),
  );
}
