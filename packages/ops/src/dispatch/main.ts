import { join } from 'node:path';
import type { CharmBase } from '../charm/charm-base';
import { HookCmdBackend } from '../backend/hook-cmd-backend';
import { parseJujuContext } from '../context';
import { FileStateStore } from '../framework/file-state-store';
import { JujuStateStore } from '../framework/juju-state-store';
import { createCharmLogger } from '../log';
import { readCharmOptions } from '../metadata';
import type { CharmClass } from './charm-class';
import { loadMetaForDispatch } from './load-meta';
import { isNestedDispatch, markDispatching } from './recursion-guard';
import { runDispatch } from './run-dispatch';
import { deferToSnapshot } from './startup-snapshot';

/** Options of {@link main}. */
export interface MainOptions {
  /** The environment to read `JUJU_*` from (default: `process.env`). */
  readonly env?: NodeJS.ProcessEnv;
  /** Where the pre-rendered meta.json lives (default: the bundle's directory). */
  readonly bundleDir?: string;
  /** Name of the state file in the charm directory (default `.jujuts-state.json`). */
  readonly stateFile?: string;
}

/** The state file's default name, in the charm directory. */
export const DEFAULT_STATE_FILE = '.jujuts-state.json';

/**
 * The charm's entry point: dispatches the event Juju started this process
 * for. An uncaught error is logged (with its stack) to Juju's log, the
 * process exits 1 and nothing is committed, so Juju retries the hook.
 * Outside Juju (no `JUJU_DISPATCH_PATH`, e.g. when a test imports the
 * module) it does nothing.
 *
 * @example
 * ```ts
 * main(WebCharm);
 * ```
 */
export async function main<C extends CharmBase<object>>(charmClass: CharmClass<C>, options: MainOptions = {}): Promise<void> {
  if (deferToSnapshot(() => main(charmClass, options))) return;
  const env = options.env ?? process.env;
  if (!env['JUJU_DISPATCH_PATH']) {
    if (!env['JEST_WORKER_ID'] && !env['JUJUTS_SCHEMA']) process.stderr.write(`jujuts: ${charmClass.name}: not running under Juju (JUJU_DISPATCH_PATH is unset); nothing to do\n`);
    return;
  }
  if (isNestedDispatch(env)) return;
  markDispatching(process.env, env['JUJU_DISPATCH_PATH']);
  const backend = new HookCmdBackend();
  let context: ReturnType<typeof parseJujuContext>;
  try {
    context = parseJujuContext(env);
  } catch (e) {
    // No context, no juju-log level mapping yet: stderr still reaches Juju's log.
    process.stderr.write(`jujuts: ${(e as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  const logger = createCharmLogger({ sink: (level, message) => backend.jujuLog(level, message), debug: context.debug });
  try {
    const meta = loadMetaForDispatch(context.charmDir, options.bundleDir ?? (require.main ? join(require.main.filename, '..') : undefined));
    const store =
      readCharmOptions(charmClass).stateStore === 'juju'
        ? new JujuStateStore(backend)
        : new FileStateStore(join(context.charmDir, options.stateFile ?? DEFAULT_STATE_FILE));
    await runDispatch({ charmClass, context, meta, backend, logger, store });
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    try {
      logger.error({ err: error }, `${context.eventName} failed: ${error.message}`);
    } catch {
      // juju-log itself failed: stderr below still reaches Juju's log.
    }
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exitCode = 1;
  }
}
