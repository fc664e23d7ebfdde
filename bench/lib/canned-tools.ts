import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOOK_TOOL_NAMES } from '@jujuts/testing';

/**
 * Writes hook commands that are tiny POSIX sh scripts printing a fixed answer
 * (the shape the real command prints for this unit), costing a fork and exec
 * like Juju's own Go tools rather than a Node start. With these, a hook's time
 * is jujuts's own cost plus a few ms per command — the comparison the Python
 * ops figures were measured with (6 ms stand-ins).
 */
export function writeCannedTools(binDir: string, answers: Readonly<Record<string, string>>): void {
  mkdirSync(binDir, { recursive: true });
  for (const name of HOOK_TOOL_NAMES) {
    const answer = answers[name];
    // An answer may be a `case "$*" in …` script of its own; otherwise printed as is.
    const body =
      answer === undefined ? 'cat >/dev/null\n' : answer.startsWith('case ') ? `${answer}\n` : `cat <<'JUJUTS_EOF'\n${answer}\nJUJUTS_EOF\n`;
    const file = join(binDir, name);
    writeFileSync(file, `#!/bin/sh\n${body}`);
    chmodSync(file, 0o755);
  }
}
