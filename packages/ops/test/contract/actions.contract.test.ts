import type { ModelBackend } from '../../src/backend';
import { argvs, commandNames, hookCommandsUnit, onBoth, type ContractUnit } from './support/contract-units';
import { webUnit } from './support/contract-state';

const PARAMS = { 'backup-dir': '/srv/backup', compress: true, limits: { size: 10, unit: 'GB' } };

function everyActionCall(b: ModelBackend) {
  const params = b.actionGet();
  b.actionSet({ result: 'ok', 'backup.path': '/srv/backup/1', 'backup.size': '10' });
  b.actionLog('-starting');
  b.actionLog('done');
  b.actionFail('--disk full');
  return params;
}

function scenario(unit: ContractUnit) {
  const params = everyActionCall(unit.beginHook());
  // Action output applies at once: a failed hook keeps it.
  unit.endHook(false);
  const { actionResults, actionLogs, actionFailure } = unit.document().outputs;
  return { params, actionResults, actionLogs, actionFailure, commands: commandNames(unit.document()) };
}

describe('action calls on both backends', () => {
  it('read the same parameters and record the same results, logs and failure', async () => {
    const { hookCommands, inMemory } = await onBoth(webUnit({ actionParams: PARAMS }), scenario);
    expect(hookCommands).toEqual(inMemory);
    expect(hookCommands).toEqual({
      params: PARAMS,
      actionResults: { result: 'ok', backup: { path: '/srv/backup/1', size: '10' } },
      actionLogs: ['-starting', 'done'],
      actionFailure: '--disk full',
      commands: ['action-get', 'action-set', 'action-log', 'action-log', 'action-fail'],
    });
  });
});

describe('action calls through the stand-in hook commands', () => {
  it('send the documented argv, free text after --', async () => {
    const unit = await hookCommandsUnit(webUnit({ actionParams: PARAMS }));
    everyActionCall(unit.beginHook());
    expect(argvs(unit.document())).toEqual([
      ['action-get', '--format=json'],
      ['action-set', 'result=ok', 'backup.path=/srv/backup/1', 'backup.size=10'],
      ['action-log', '--', '-starting'],
      ['action-log', '--', 'done'],
      ['action-fail', '--', '--disk full'],
    ]);
  });
});
