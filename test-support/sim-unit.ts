import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createJujuState,
  FakeJuju,
  installHookTools,
  runDispatchProcess,
  writeStateFile,
  type DispatchProcessResult,
  type HookEventSpec,
  type JujuStateInput,
} from '../packages/testing/src';
import type { CharmMeta } from '../packages/ops/src/meta/charm-meta';
import { freshCharmDir } from './build-test-charm';

let binDir: Promise<string> | undefined;

/** One shared directory of stand-in hook commands per test process. */
export function hookToolsDir(): Promise<string> {
  binDir ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jujuts-bin-'));
    await installHookTools(dir);
    return dir;
  })();
  return binDir;
}

/**
 * A unit run as Juju runs it: each dispatch is a new process executing the
 * charm's real `dispatch`, with stand-in hook commands over a state file.
 */
export class SimUnit {
  readonly charmDir: string;
  readonly stateFile: string;

  constructor(builtCharmDir: string, meta: CharmMeta, state: JujuStateInput = {}) {
    this.charmDir = freshCharmDir(builtCharmDir);
    this.stateFile = join(this.charmDir, '..', `${this.charmDir.split('/').pop() ?? 'unit'}.state.json`);
    writeStateFile(this.stateFile, new FakeJuju(createJujuState(state, meta)).toDocument());
  }

  /** Runs `./dispatch` for one event. */
  async dispatch(event: string | HookEventSpec, env?: Record<string, string>): Promise<DispatchProcessResult> {
    return runDispatchProcess({
      command: [join(this.charmDir, 'dispatch')],
      charmDir: this.charmDir,
      stateFile: this.stateFile,
      binDir: await hookToolsDir(),
      event: typeof event === 'string' ? { path: event } : event,
      env,
    });
  }
}
