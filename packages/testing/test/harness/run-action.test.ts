import { CharmBase, action, on, stored, type ActionEvent } from '@jujuts/ops';
import { IsInt, Min } from 'class-validator';
import { ActionFailed, HarnessError } from '../../src/harness';
import { webHarness } from './harness-fixture';

interface BackupParams {
  path: string;
  compress?: boolean;
}

class RestoreParams {
  from!: string;
}

class BackupCharm extends CharmBase {
  @stored() state = { backups: 0 };

  @action<BackupParams>('backup')
  onBackup(e: ActionEvent<BackupParams>) {
    e.log('starting');
    this.state.backups += 1;
    e.setResults({ path: e.params.path, compressed: String(e.params.compress ?? false), 'nested.count': this.state.backups });
    e.log('done');
  }

  @action('restore', RestoreParams)
  onRestore(e: ActionEvent<RestoreParams>) {
    e.setResults({ tried: e.params.from });
    if (e.params.from === 'nowhere') e.fail('no backup at nowhere');
    if (e.params.from === 'explode') throw new Error('restore crashed');
  }
}

const ids: string[] = [];
class IdCharm extends CharmBase {
  @action('backup') onBackup(e: ActionEvent) {
    ids.push(e.id);
  }
}

class CountParams {
  @IsInt() @Min(1) count = 1;
}

class TypedCharm extends CharmBase {
  @action('backup', CountParams)
  onBackup(e: ActionEvent<CountParams>) {
    e.setResults({ count: e.params.count });
  }
}

class IdleCharm extends CharmBase {
  @on.install onInstall() {}
}

const begun = <C extends CharmBase<object>>(cls: new (...args: never[]) => C) => {
  const harness = webHarness(cls as never);
  harness.begin();
  return harness;
};

describe('runAction', () => {
  describe('when the action succeeds', () => {
    it('resolves with its results and log lines', async () => {
      const out = await begun(BackupCharm).runAction('backup', { path: '/b' });
      expect(out.results).toEqual({ path: '/b', compressed: 'false', nested: { count: '1' } });
      expect(out.logs).toEqual(['starting', 'done']);
    });

    it('fills in declared defaults', async () => {
      const out = await begun(BackupCharm).runAction('backup');
      expect(out.results['path']).toBe('/tmp/backup');
    });

    it('starts each run with empty results and logs', async () => {
      const harness = begun(BackupCharm);
      await harness.runAction('backup');
      const second = await harness.runAction('backup', { compress: true });
      expect(second.logs).toEqual(['starting', 'done']);
      expect(second.results).toEqual({ path: '/tmp/backup', compressed: 'true', nested: { count: '2' } });
    });

    it('commits stored state like any hook', async () => {
      const harness = begun(BackupCharm);
      await harness.runAction('backup');
      await harness.runAction('backup');
      expect(harness.storedState['BackupCharm.state']).toEqual({ backups: 2 });
    });

    it('leaves no parameters behind once done', async () => {
      const harness = begun(BackupCharm);
      await harness.runAction('backup');
      expect(harness.juju.state.actionParams).toBeUndefined();
    });

    it('gives each run its own id', async () => {
      const harness = begun(IdCharm);
      await harness.runAction('backup');
      await harness.runAction('backup');
      expect(ids).toEqual(['1', '2']);
    });

    it('runs even when the charm has no handler for it', async () => {
      const out = await begun(IdleCharm).runAction('backup');
      expect(out).toEqual({ results: {}, logs: [] });
    });
  });

  describe('when the action fails', () => {
    it('rejects with ActionFailed carrying the message, results and logs', async () => {
      const harness = begun(BackupCharm);
      const failure = await harness.runAction('restore', { from: 'nowhere' }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ActionFailed);
      expect((failure as ActionFailed).message).toBe('no backup at nowhere');
      expect((failure as ActionFailed).results).toEqual({ tried: 'nowhere' });
      expect((failure as ActionFailed).output.logs).toEqual([]);
    });

    it('rejects with the handler error when the handler throws', async () => {
      await expect(begun(BackupCharm).runAction('restore', { from: 'explode' })).rejects.toThrow('restore crashed');
    });

    it('fails with the typed layer message for invalid params', async () => {
      const harness = webHarness(TypedCharm, { meta: WEB_YAML_WITH_COUNT });
      harness.begin();
      const failure = await harness.runAction('backup', { count: 0 }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ActionFailed);
      expect((failure as ActionFailed).message).toMatch(/count/);
    });

    it('hands valid typed params to the handler', async () => {
      const harness = webHarness(TypedCharm, { meta: WEB_YAML_WITH_COUNT });
      harness.begin();
      expect((await harness.runAction('backup', { count: 3 })).results).toEqual({ count: '3' });
    });
  });

  describe('what Juju refuses before running anything', () => {
    it('refuses an undeclared action, listing the declared ones', async () => {
      await expect(begun(BackupCharm).runAction('snapshot')).rejects.toThrow(
        "runAction('snapshot'): charmcraft.yaml declares no action `snapshot` (declared: backup, restore)",
      );
    });

    it('refuses a missing required parameter', async () => {
      await expect(begun(BackupCharm).runAction('restore')).rejects.toThrow("runAction('restore'): parameter from is required");
    });

    it('refuses an undeclared parameter when additional properties are not allowed', async () => {
      await expect(begun(BackupCharm).runAction('backup', { colour: 'red' })).rejects.toThrow(
        "runAction('backup'): action backup takes no parameter colour (declared: path, compress)",
      );
    });

    it('accepts an undeclared parameter when additional properties are allowed', async () => {
      const out = await begun(BackupCharm).runAction('restore', { from: 'x', extra: 1 });
      expect(out.results).toEqual({ tried: 'x' });
    });

    it('refuses a parameter of the wrong JSON type', async () => {
      await expect(begun(BackupCharm).runAction('backup', { compress: 'yes' })).rejects.toThrow(
        "runAction('backup'): parameter compress must be of type boolean",
      );
    });

    it('refuses to run before begin()', async () => {
      await expect(webHarness(BackupCharm).runAction('backup')).rejects.toThrow(HarnessError);
    });
  });
});

/** The backup action with an integer `count` the typed params class checks further. */
const WEB_YAML_WITH_COUNT = `
name: web
type: charm
summary: s
actions:
  backup:
    params:
      count: {type: integer}
`;
