import type { HookCommandRunner } from './run-hook-command';

/** `application-version-set -- VERSION`: the workload version shown by `juju status`. */
export function applicationVersionSet(run: HookCommandRunner, version: string): void {
  run({ command: 'application-version-set', args: ['--', version] });
}
