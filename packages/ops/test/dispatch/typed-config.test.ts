import { IsIn, IsInt, Max, Min } from 'class-validator';
import { ActiveStatus, CharmBase, action, charm, on, type ActionEvent, type CollectStatusEvent, type ConfigChangedEvent } from '../../src';
import { IsString } from 'class-validator';
import { makeMeta } from '../support/charm-meta.factory';
import { TestUnit } from '../support/run-in-memory';

class WebConfig {
  @IsIn(['debug', 'info', 'warning']) logLevel = 'info';
  @IsInt() @Min(1) @Max(65535) port = 8080;
}

class BackupParams {
  @IsString() target = '';
}

const ran: unknown[] = [];

@charm({ config: WebConfig })
class WebCharm extends CharmBase<WebConfig> {
  @on.configChanged onConfig(_e: ConfigChangedEvent) {
    ran.push({ level: this.config.logLevel, port: this.config.port });
  }
  @action('backup', BackupParams) onBackup(e: ActionEvent<BackupParams>) {
    ran.push(e.params.target);
  }
}

const meta = makeMeta({
  config: { 'log-level': { type: 'string', default: 'info' }, port: { type: 'int', default: 8080 } },
  actions: ['backup'],
});

beforeEach(() => {
  ran.length = 0;
});

describe('typed config in dispatch', () => {
  it('gives handlers a validated instance mapped from kebab-case options', async () => {
    await new TestUnit(WebCharm, meta, { config: { 'log-level': 'debug', port: 9000 } }).ok('hooks/config-changed');
    expect(ran).toEqual([{ level: 'debug', port: 9000 }]);
  });

  describe('when the config is invalid', () => {
    it('runs no handler, blocks the unit naming option and rule, and succeeds', async () => {
      const u = new TestUnit(WebCharm, meta, { config: { 'log-level': 'loud', port: 70000 } });
      const result = await u.dispatch('hooks/config-changed');
      expect(result.ok).toBe(true);
      expect(ran).toEqual([]);
      const status = u.juju.view().unitStatus;
      expect(status.status).toBe('blocked');
      expect(status.message).toMatch(/^invalid config: log-level: .+; port: .+/);
      expect(u.logs.some((l) => l.startsWith('ERROR invalid config, no handler ran'))).toBe(true);
    });
  });
});

describe('invalid config with collect-status or actions', () => {
  @charm({ config: WebConfig })
  class StatusReadingCharm extends CharmBase<WebConfig> {
    @on.collectUnitStatus onStatus(e: CollectStatusEvent) {
      e.addStatus(new ActiveStatus(`port ${this.config.port}`));
    }
    @action('backup', BackupParams) onBackup() {
      ran.push('backup');
    }
  }

  it('blocks instead of failing an unhandled hook whose collect-status reads config', async () => {
    const u = new TestUnit(StatusReadingCharm, meta, { config: { port: 0 } });
    const result = await u.dispatch('hooks/update-status');
    expect(result.ok).toBe(true);
    expect(u.juju.view().unitStatus.status).toBe('blocked');
  });

  it('fails an action with the config message instead of reporting success', async () => {
    const u = new TestUnit(StatusReadingCharm, meta, { config: { port: 0 } });
    await u.dispatch({ path: 'actions/backup', params: { target: '/x' } });
    expect(ran).toEqual([]);
    expect(u.juju.outputs.actionFailure).toMatch(/^invalid config: port: /);
  });
});

describe('typed action params in dispatch', () => {
  it('fails the action with the reasons and does not run the handler', async () => {
    const u = new TestUnit(WebCharm, meta);
    const result = await u.dispatch({ path: 'actions/backup', params: { target: 42 } });
    expect(result.ok).toBe(true);
    expect(ran).toEqual([]);
    expect(u.juju.outputs.actionFailure).toMatch(/target/);
  });

  it('passes a validated instance to the handler', async () => {
    await new TestUnit(WebCharm, meta).ok({ path: 'actions/backup', params: { target: '/srv' } });
    expect(ran).toEqual(['/srv']);
  });
});
