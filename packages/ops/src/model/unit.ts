import type { PortProtocol } from '../backend/backend-types';
import { ModelError } from '../errors';
import { addSecret, type AddSecretOptions } from './add-secret';
import type { Application } from './application';
import { Container } from './container';
import type { ModelCache } from './model-cache';
import { Port, toPort } from './port';
import type { Secret } from './secret';
import { assertSettableStatus, StatusBase, UnknownStatus } from './status';
import { setPorts } from './unit-ports';

/**
 * A unit of an application: ours (full control) or a remote one (a name,
 * its application, and its relation databags; nothing else is visible).
 */
export class Unit {
  /** The unit name, for example `web/0`. */
  readonly name: string;
  private cachedStatus: StatusBase | undefined;
  private containerMap: ReadonlyMap<string, Container> | undefined;

  constructor(
    name: string,
    private readonly cache: ModelCache,
  ) {
    this.name = name;
  }

  /** The application this unit belongs to. */
  get app(): Application {
    return this.cache.app(this.name.slice(0, this.name.indexOf('/')));
  }

  /** Whether this is the unit the charm runs as. */
  get isOurs(): boolean {
    return this.name === this.cache.context.unitName;
  }

  /** Whether this unit leads its application (our unit only; Juju hides other units' leadership). */
  isLeader(): boolean {
    this.requireOurs('see the leadership of');
    return this.cache.isLeader();
  }

  /**
   * Our unit's status (read with `status-get` on first use, then what was
   * last set); a remote unit's status is not visible and reads as unknown.
   */
  get status(): StatusBase {
    if (!this.isOurs) return new UnknownStatus();
    if (!this.cachedStatus) {
      const s = this.cache.backend.unitStatusGet();
      this.cachedStatus = StatusBase.fromName(s.status, s.message);
    }
    return this.cachedStatus;
  }

  /** Sets our unit's status with one `status-set`; unknown and error are refused. */
  set status(value: StatusBase) {
    assertSettableStatus(value, `unit ${this.name}`);
    this.requireOurs('set the status of');
    this.cache.backend.statusSet(value.name, value.message, false);
    this.cachedStatus = value;
  }

  /** Sets the workload version shown by `juju status` (`application-version-set`). */
  setWorkloadVersion(version: string): void {
    this.requireOurs('set the workload version of');
    if (typeof version !== 'string') throw new ModelError(`workload version must be a string, got ${typeof version}`);
    this.cache.backend.applicationVersionSet(version);
  }

  /** Our unit's workload containers by name, one per container declared in metadata. */
  get containers(): ReadonlyMap<string, Container> {
    this.requireOurs('reach the containers of');
    this.containerMap ??= new Map(
      Object.keys(this.cache.meta.containers).map((n) => [n, new Container(n, this.cache.backend)]),
    );
    return this.containerMap;
  }

  /** The declared workload container `name`; an undeclared name is a ModelError listing the declared ones. */
  getContainer(name: string): Container {
    const container = this.containers.get(name);
    if (!container) {
      const declared = Object.keys(this.cache.meta.containers);
      throw new ModelError(
        `container '${name}' is not declared in the charm's metadata (declared: ${declared.join(', ') || 'none'})`,
      );
    }
    return container;
  }

  /** Opens a port (`openPort('tcp', 8080)`, `openPort('icmp')`); checked before the command runs. */
  openPort(protocol: PortProtocol, port?: number): void {
    this.requireOurs('open a port on');
    this.cache.backend.openPort(toPort(protocol, port));
  }

  /** Closes a port opened with {@link Unit.openPort}. */
  closePort(protocol: PortProtocol, port?: number): void {
    this.requireOurs('close a port on');
    this.cache.backend.closePort(toPort(protocol, port));
  }

  /** Opens exactly these ports (numbers are tcp) and closes every other. */
  setPorts(...ports: Array<number | Port>): void {
    this.requireOurs('set the ports of');
    setPorts(this.cache.backend, ports);
  }

  /** The ports currently opened for this unit. */
  openedPorts(): Set<Port> {
    this.requireOurs('list the ports of');
    return new Set(this.cache.backend.openedPorts().map((s) => Port.from(s)));
  }

  /** Reboots the machine after the hook, or at once with `now` (Juju re-runs the hook). */
  reboot(options: { now?: boolean } = {}): void {
    this.requireOurs('reboot');
    this.cache.backend.reboot(options.now === true);
  }

  /** Creates a secret owned by this unit. */
  addSecret(content: Readonly<Record<string, string>>, options: AddSecretOptions = {}): Secret {
    this.requireOurs('add a secret for');
    return addSecret(this.cache, content, options, 'unit');
  }

  /** The unit name. */
  toString(): string {
    return this.name;
  }

  private requireOurs(action: string): void {
    if (!this.isOurs) {
      throw new ModelError(`cannot ${action} remote unit ${this.name}: only our own unit ${this.cache.context.unitName} allows it`);
    }
  }
}
