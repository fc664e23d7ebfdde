import type { HookCommandRunner } from './run-hook-command';

/** `action-log -- MESSAGE`: a progress line the operator sees while the action runs. */
export function actionLog(run: HookCommandRunner, message: string): void {
  run({ command: 'action-log', args: ['--', message] });
}

/** `action-fail -- [MESSAGE]`: marks the action failed; the hook itself still exits 0. */
export function actionFail(run: HookCommandRunner, message: string): void {
  run({ command: 'action-fail', args: ['--', ...(message === '' ? [] : [message])] });
}
