import 'reflect-metadata';
import {
  ActiveStatus,
  BlockedStatus,
  CharmBase,
  WaitingStatus,
  action,
  charm,
  container,
  main,
  on,
  relation,
  stored,
  type ActionEvent,
  type CollectStatusEvent,
  type Container,
  type PebbleCheckFailedEvent,
  type PebbleCheckRecoveredEvent,
  type PebbleReadyEvent,
  type Relation,
  type RelationJoinedEvent,
} from '@jujuts/ops';
import { WebConfig } from './config';
import { CHECK, LAYER_LABEL, SERVICE, buildLayer } from './layer';
import { RestartParams } from './restart-params';
import { WebsiteAppData } from './website-data';

export { WebConfig } from './config';
export { RestartParams } from './restart-params';
export { WebsiteAppData } from './website-data';

const web = container('web');
const website = relation('website', { app: WebsiteAppData });

/**
 * Runs the web app in the `web` container, publishes its URL to `website`
 * clients, and restarts it when its health check fails or an operator asks.
 */
@charm({ config: WebConfig })
export class WebappCharm extends CharmBase<WebConfig> {
  @stored() state = { restarts: 0, checkFailures: 0 };

  @web.pebbleReady
  async onPebbleReady(e: PebbleReadyEvent): Promise<void> {
    await this.replan(e.workload);
  }

  @on.configChanged
  async onConfigChanged(): Promise<void> {
    this.unit.setPorts(this.config.port);
    this.publishUrl(...this.model.getRelations('website'));
    const workload = this.unit.getContainer('web');
    // No defer (ops guidance): pebble-ready always follows once Pebble is up,
    // and its handler plans from the config of that moment, so nothing is lost.
    if (!(await workload.canConnect())) {
      this.logger.debug('web container not reachable yet; pebble-ready will plan the service');
      return;
    }
    await this.replan(workload);
  }

  @on.leaderElected
  onLeaderElected(): void {
    this.publishUrl(...this.model.getRelations('website'));
  }

  @website.joined
  onWebsiteJoined(e: RelationJoinedEvent<WebsiteAppData>): void {
    this.publishUrl(e.relation);
  }

  @web.pebbleCheckFailed
  async onCheckFailed(e: PebbleCheckFailedEvent): Promise<void> {
    if (e.check.name !== CHECK) return;
    this.state.checkFailures += 1;
    this.logger.warn(`health check ${CHECK} failed on port ${this.config.port}; restarting ${SERVICE}`);
    await e.workload.restart(SERVICE);
    this.state.restarts += 1;
  }

  @web.pebbleCheckRecovered
  onCheckRecovered(e: PebbleCheckRecoveredEvent): void {
    if (e.check.name === CHECK) this.logger.info(`health check ${CHECK} passes again`);
  }

  @action('restart', RestartParams, { description: 'Restart the web app now.' })
  async onRestart(e: ActionEvent<RestartParams>): Promise<void> {
    const workload = this.unit.getContainer('web');
    if (!(await workload.canConnect())) return e.fail('the web container is not reachable yet; retry once the unit is active');
    if (!(await workload.getServices(SERVICE)).has(SERVICE)) return e.fail(`service ${SERVICE} is not planned yet; retry once the unit is active`);
    const reason = e.params.reason ?? 'operator request';
    e.log(`restarting ${SERVICE}: ${reason}`);
    await workload.restart(SERVICE);
    this.state.restarts += 1;
    // Juju keeps action results as strings; say so rather than let it convert.
    e.setResults({ service: SERVICE, reason, restarts: String(this.state.restarts) });
  }

  @on.collectUnitStatus
  async onCollectStatus(e: CollectStatusEvent): Promise<void> {
    const workload = this.unit.getContainer('web');
    if (!(await workload.canConnect())) return e.addStatus(new WaitingStatus('waiting for Pebble in the web container'));
    const service = (await workload.getServices(SERVICE)).get(SERVICE);
    if (service?.current !== 'active') return e.addStatus(new WaitingStatus(`waiting for the ${SERVICE} service to start`));
    const check = (await workload.getChecks({ names: [CHECK] })).get(CHECK);
    // Blocked, not Waiting: the charm already restarted the app, so a human must look.
    if (check?.status === 'down') return e.addStatus(new BlockedStatus(`${SERVICE} fails its health check on port ${this.config.port}; see juju debug-log`));
    e.addStatus(new ActiveStatus(`serving on :${this.config.port}`));
  }

  /** The URL clients use: the Kubernetes Service Juju creates for the application. */
  get url(): string {
    return `http://${this.app.name}.${this.model.name}.svc.cluster.local:${this.config.port}`;
  }

  private async replan(workload: Container): Promise<void> {
    await workload.addLayer(LAYER_LABEL, buildLayer(this.config), { combine: true });
    // Replan restarts the service only if the layer changed its command or environment.
    await workload.replan();
    this.logger.info(`planned ${SERVICE} on port ${this.config.port}`);
  }

  private publishUrl(...relations: Relation[]): void {
    // Only the leader may write the application databag.
    if (!this.unit.isLeader()) return;
    const data = Object.assign(new WebsiteAppData(), { url: this.url });
    for (const rel of relations) rel.save(data, this.app);
  }
}

void main(WebappCharm);
