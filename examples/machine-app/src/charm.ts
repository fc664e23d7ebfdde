import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  ActiveStatus,
  BlockedStatus,
  CharmBase,
  MaintenanceStatus,
  RelationDataError,
  WaitingStatus,
  action,
  charm,
  main,
  on,
  relation,
  storage,
  stored,
  type ActionEvent,
  type CollectStatusEvent,
  type Relation,
  type RelationChangedEvent,
  type StorageAttachedEvent,
  type StorageDetachingEvent,
} from '@jujuts/ops';
import { ClusterAppData } from './cluster-data';
import { MachineAppConfig } from './config';
import { StatusReportParams } from './status-report-params';

export { ClusterAppData } from './cluster-data';
export { MachineAppConfig } from './config';
export { StatusReportParams } from './status-report-params';

/** The version of the (simulated) workload the charm installs. */
export const WORKLOAD_VERSION = '2.4.1';

const data = storage('data');
const cluster = relation('cluster', { app: ClusterAppData });

/**
 * Runs a service on a machine: keeps its data on the `data` storage, opens
 * the configured port, and lets the leader tell the other units where it is
 * through the `cluster` peer relation.
 */
@charm({ config: MachineAppConfig })
export class MachineAppCharm extends CharmBase<MachineAppConfig> {
  @stored() state = { installedVersion: '', dataDir: '', following: '' };

  @on.install
  onInstall(): void {
    // A real charm would apt-install its workload here; the example only records that it did.
    this.unit.status = new MaintenanceStatus(`installing machine-app ${WORKLOAD_VERSION}`);
    this.state.installedVersion = WORKLOAD_VERSION;
    this.unit.setWorkloadVersion(WORKLOAD_VERSION);
  }

  @data.attached
  onDataAttached(e: StorageAttachedEvent): void {
    this.state.dataDir = e.storage.location;
    this.logger.info(`data storage ${e.storage.fullId} attached at ${e.storage.location}`);
  }

  @data.detaching
  onDataDetaching(e: StorageDetachingEvent): void {
    this.state.dataDir = '';
    this.logger.warn(`data storage ${e.storage.fullId} is detaching; the service has nowhere to keep its data`);
  }

  @on.configChanged
  onConfigChanged(): void {
    // setPorts closes the previous port and opens the new one, leaving an unchanged port alone.
    this.unit.setPorts(this.config.port);
    this.publishClusterData();
  }

  @on.leaderElected
  onLeaderElected(): void {
    this.publishClusterData();
  }

  @cluster.created
  onClusterCreated(): void {
    // On a fresh deployment leader-elected may run before the peer relation exists.
    this.publishClusterData();
  }

  @cluster.changed
  onClusterChanged(e: RelationChangedEvent<ClusterAppData>): void {
    if (this.unit.isLeader()) return;
    const shared = this.readClusterData(e.relation);
    if (!shared) return;
    const leader = `${shared.leaderAddress}:${shared.port}`;
    if (leader !== this.state.following) this.logger.info(`following the leader at ${leader} in cluster ${shared.clusterId}`);
    this.state.following = leader;
  }

  @action('status-report', StatusReportParams, { description: 'Report what this unit knows: storage, ports, leadership and the cluster.' })
  onStatusReport(e: ActionEvent<StatusReportParams>): void {
    const peers = this.model.getRelation('cluster');
    const shared = this.readClusterData(peers);
    e.setResults({
      unit: { name: this.unit.name, leader: this.unit.isLeader(), version: this.state.installedVersion || 'not installed' },
      storage: { attached: this.state.dataDir !== '', location: this.state.dataDir || undefined },
      ports: [...this.unit.openedPorts()].map(String).join(' '),
      cluster: {
        name: this.config.clusterName,
        id: shared?.clusterId,
        'leader-address': shared ? `${shared.leaderAddress}:${shared.port}` : undefined,
        units: e.params.includePeers ? [...(peers?.units ?? [])].map((u) => u.name).sort().join(' ') : undefined,
      },
    });
  }

  @on.collectUnitStatus
  onCollectStatus(e: CollectStatusEvent): void {
    // Every problem is added; the framework shows the most severe one.
    if (!this.state.dataDir) e.addStatus(new BlockedStatus('no data storage attached; run: juju add-storage <unit> data'));
    if (!this.unit.isLeader() && !this.readClusterData(this.model.getRelation('cluster'))) {
      e.addStatus(new WaitingStatus('waiting for the leader to share the cluster data'));
    }
    e.addStatus(new ActiveStatus(`${this.config.clusterName} on :${this.config.port}`));
  }

  /** Leader only: writes the cluster id (kept if already there), our address and port into the peer app bag. */
  private publishClusterData(): void {
    if (!this.unit.isLeader()) return;
    const peers = this.model.getRelation('cluster');
    if (!peers) return;
    const address = this.model.getBinding(peers).network.ingressAddress;
    if (!address) {
      this.logger.warn('the cluster binding has no ingress address yet; the other units keep waiting');
      return;
    }
    const shared = Object.assign(new ClusterAppData(), {
      clusterId: this.readClusterData(peers)?.clusterId ?? randomUUID(),
      leaderAddress: address,
      port: this.config.port,
    });
    peers.save(shared, this.app);
  }

  /** The peer app bag, or undefined while there is no relation or the leader has not written a valid one. */
  private readClusterData(peers: Relation | undefined): ClusterAppData | undefined {
    if (!peers) return undefined;
    try {
      return peers.load(ClusterAppData, this.app);
    } catch (err) {
      if (!(err instanceof RelationDataError)) throw err;
      // An empty bag is the normal state before the leader's first write; anything else deserves a line.
      if (Object.keys(peers.data(this.app).toObject()).length > 0) this.logger.warn(err.message);
      return undefined;
    }
  }
}

void main(MachineAppCharm);
