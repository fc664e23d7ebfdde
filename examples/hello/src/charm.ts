import 'reflect-metadata';
import {
  ActiveStatus,
  BlockedStatus,
  CharmBase,
  MaintenanceStatus,
  action,
  charm,
  main,
  on,
  stored,
  type ActionEvent,
  type CollectStatusEvent,
  type ConfigChangedEvent,
  type StartEvent,
} from '@jujuts/ops';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Typed config: option `greeting` ↔ `greeting`, `repeat` ↔ `repeat`. */
export class HelloConfig {
  @IsString() @MaxLength(40) greeting = '';
  @IsInt() @Min(1) @Max(5) repeat = 1;
}

/** Parameters of the `greet` action. */
export class GreetParams {
  @IsOptional() @IsString() name?: string;
}

/** Greets, counts its starts, and waits (deferring start) until it is configured. */
@charm({ config: HelloConfig })
export class HelloCharm extends CharmBase<HelloConfig> {
  @stored() state = { installed: false, starts: 0, greeted: '', checks: 0 };

  @on.install
  onInstall(): void {
    this.unit.status = new MaintenanceStatus('installing');
    this.state.installed = true;
  }

  @on.configChanged
  onConfig(_e: ConfigChangedEvent): void {
    this.state.greeted = this.config.greeting ? `${this.config.greeting} `.repeat(this.config.repeat).trim() : '';
    if (this.state.greeted) this.logger.info(`configured: ${this.state.greeted}`);
  }

  @on.start
  onStart(e: StartEvent): void {
    // Starting makes no sense until there is something to say: wait for config.
    if (!this.state.greeted) return e.defer();
    this.state.starts += 1;
    this.logger.info(`started (${this.state.starts})`);
  }

  @on.updateStatus
  onUpdateStatus(): void {
    this.state.checks += 1;
  }

  @action('greet', GreetParams)
  onGreet(e: ActionEvent<GreetParams>): void {
    if (!this.state.greeted) return e.fail('not configured: set the greeting option');
    e.setResults({ message: `${this.state.greeted}, ${e.params.name ?? 'world'}!` });
  }

  @on.collectUnitStatus
  onCollect(e: CollectStatusEvent): void {
    if (!this.state.greeted) e.addStatus(new BlockedStatus('set the greeting option'));
    else if (this.state.starts === 0) e.addStatus(new MaintenanceStatus('starting'));
    else e.addStatus(new ActiveStatus(this.state.greeted));
  }
}

void main(HelloCharm);
