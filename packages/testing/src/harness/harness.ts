import type { CharmBase, CharmClass } from '@jujuts/ops/internal';
import type { Plan } from '@jujuts/ops/pebble';
import type { Databag } from '../juju';
import type { ExecHandler, ExecResult, InMemoryPebble } from '../pebble';
import { HarnessCore } from './harness-core';
import { HarnessError } from './harness-error';
import type { HarnessOptions } from './harness-options';
import { runInitialHooks } from './initial-hooks';
import { NetworkDriver } from './network-driver';
import type { AddNetworkOptions } from './network-info';
import { RelationDriver, type AddRelationOptions } from './relation-driver';
import { ResourceFiles } from './resource-files';
import { SecretDriver } from './secret-driver';
import { StorageDriver, type AddStorageOptions } from './storage-driver';

/** This unit's label for a secret (for events, default: the label it already has). */
export interface SecretEventOptions {
  readonly label?: string | undefined;
}

/**
 * Drives one unit of a charm the way Juju would, through the production
 * dispatch pipeline: each change emits Juju's events, each event runs on a
 * fresh charm instance (unless `freshCharmPerEvent: false`), stored state
 * and deferred events carry over.
 * Python ops's Harness, in camelCase; event-emitting methods are async.
 *
 * @example
 * ```ts
 * const harness = new Harness(WebCharm, { meta });
 * await harness.beginWithInitialHooks();
 * const id = await harness.addRelation('db', 'postgresql', { appData: { host: 'pg' } });
 * expect(harness.getRelationData(id, 'web')).toEqual({ url: 'http://web' });
 * ```
 */
export class Harness<C extends CharmBase<object>> extends HarnessCore<C> {
  private readonly relations = new RelationDriver(this.runtime);
  private readonly storage = new StorageDriver(this.runtime);
  private readonly secrets = new SecretDriver(this.runtime);
  private readonly resources = new ResourceFiles(this.meta);
  private readonly networks = new NetworkDriver(this.runtime, this.relations);

  constructor(charmClass: CharmClass<C>, options: HarnessOptions = {}) {
    super(charmClass, options);
  }

  /** `begin()`, then the hooks Juju runs on deployment, in Juju's order (see runInitialHooks). */
  async beginWithInitialHooks(): Promise<void> {
    if (this.runtime.begun) throw new HarnessError('harness.beginWithInitialHooks(): the charm has already started (begin() was called)');
    this.begin();
    await runInitialHooks({ runtime: this.runtime, relations: this.relations, storage: this.storage, pebbleReady: (c) => this.containerPebbleReady(c) });
  }

  /** Relates `endpoint` to `remoteApp` (emits relation-created); resolves with the relation id. */
  async addRelation(endpoint: string, remoteApp: string, options: AddRelationOptions = {}): Promise<number> {
    return this.relations.add(endpoint, remoteApp, options);
  }

  /** A remote unit joins (emits relation-joined, then relation-changed). */
  async addRelationUnit(relationId: number, unit: string): Promise<void> {
    await this.relations.addUnit(relationId, unit);
  }

  /** Changes a bag (`''` deletes a key); a remote bag's change emits relation-changed. */
  async updateRelationData(relationId: number, appOrUnit: string, data: Readonly<Record<string, string>>): Promise<void> {
    await this.relations.update(relationId, appOrUnit, data);
  }

  /** A remote unit leaves (emits relation-departed). */
  async removeRelationUnit(relationId: number, unit: string): Promise<void> {
    await this.relations.removeUnit(relationId, unit);
  }

  /** The relation is removed: departed for each remote unit, then relation-broken. */
  async removeRelation(relationId: number): Promise<void> {
    await this.relations.remove(relationId);
  }

  /** A copy of a bag: this unit's or app's, the remote app's or a remote unit's. */
  getRelationData(relationId: number, appOrUnit: string): Databag {
    return this.relations.data(relationId, appOrUnit);
  }

  /** The in-memory Pebble of a container, for what the methods below do not cover. */
  pebble(container: string): InMemoryPebble {
    return this.runtime.containers.pebble(container, 'pebble');
  }

  /** Whether the charm can reach the container's Pebble. */
  setCanConnect(container: string, canConnect: boolean): void {
    this.runtime.containers.pebble(container, 'setCanConnect').canConnect = canConnect;
  }

  /** The container's Pebble is up: it can connect, and pebble-ready is emitted. */
  async containerPebbleReady(container: string): Promise<void> {
    this.setCanConnect(container, true);
    await this.runtime.emit({ path: `hooks/${container}-pebble-ready`, workloadName: container });
  }

  /** Records a custom Pebble notice and emits pebble-custom-notice; resolves with the notice id. */
  async pebbleCustomNotice(container: string, key: string, data: Record<string, string> = {}): Promise<string> {
    const id = this.runtime.containers.pebble(container, 'pebbleCustomNotice').notices.notify('custom', key, data);
    await this.runtime.emit({ path: `hooks/${container}-pebble-custom-notice`, workloadName: container, noticeId: id, noticeType: 'custom', noticeKey: key });
    return id;
  }

  /** Emits pebble-check-failed (`failed: true`) or pebble-check-recovered for a check of the container. */
  async pebbleCheckEvent(container: string, check: string, failed: boolean): Promise<void> {
    this.runtime.containers.pebble(container, 'pebbleCheckEvent');
    const hook = failed ? 'pebble-check-failed' : 'pebble-check-recovered';
    await this.runtime.emit({ path: `hooks/${container}-${hook}`, workloadName: container, checkName: check });
  }

  /** The container's combined Pebble plan. */
  getContainerPebblePlan(container: string): Plan {
    return this.runtime.containers.pebble(container, 'getContainerPebblePlan').plan;
  }

  /** Answers the charm's execs of commands starting with `commandPrefix` (longest prefix wins). */
  handleExec(container: string, commandPrefix: readonly string[] | string, handler: ExecHandler | ExecResult): void {
    this.runtime.containers.pebble(container, 'handleExec').handleExec(commandPrefix, handler);
  }

  /**
   * The host directory standing for the container's `/`. Files are kept in
   * memory until this is first called; then they move to this directory for
   * the rest of the test, so what the test writes there the charm can pull.
   */
  getFilesystemRoot(container: string): string {
    return this.runtime.containers.pebble(container, 'getFilesystemRoot').files.root;
  }

  /** Adds storage instances (attached at once with `{ attach: true }`); resolves with their ids. */
  async addStorage(name: string, count = 1, options: AddStorageOptions = {}): Promise<string[]> {
    return this.storage.add(name, count, options);
  }

  /** Attaches added storage (emits storage-attached). */
  async attachStorage(storageId: string): Promise<void> {
    await this.storage.attach(storageId);
  }

  /** Detaches storage (emits storage-detaching while it is still there). */
  async detachStorage(storageId: string): Promise<void> {
    await this.storage.detach(storageId);
  }

  /** Removes storage, detaching it first if attached. */
  async removeStorage(storageId: string): Promise<void> {
    await this.storage.remove(storageId);
  }

  /**
   * A secret owned by `owner`: this app or unit (the charm owns it), or
   * another app (grant it to share it). `label` is this unit's label for it.
   */
  addCharmSecret(owner: string, content: Readonly<Record<string, string>>, options: SecretEventOptions = {}): string {
    return this.secrets.add(owner, content, options.label);
  }

  /** A user secret (`juju add-secret`); grant it to this app with `grantSecret(id, appName)`. */
  addUserSecret(content: Readonly<Record<string, string>>, options: SecretEventOptions = {}): string {
    return this.secrets.add('the model user', content, options.label);
  }

  /** Grants a secret another owner added to `observer` (this app or unit makes it visible to the charm). */
  grantSecret(secretId: string, observer: string): void {
    this.secrets.grant(secretId, observer);
  }

  /** Revokes a grant made with `grantSecret`. */
  revokeSecret(secretId: string, observer: string): void {
    this.secrets.revoke(secretId, observer);
  }

  /** The owner publishes a new revision; secret-changed is emitted if the charm can see it. */
  async setSecretContent(secretId: string, content: Readonly<Record<string, string>>): Promise<void> {
    await this.secrets.setContent(secretId, content);
  }

  /**
   * Emits secret-rotate for a secret the charm owns. After a successful hook
   * the secret's next rotation time moves on as Juju moves it: one interval
   * if the charm made a new revision, else a retry 5 minutes later.
   */
  async triggerSecretRotation(secretId: string, options: SecretEventOptions = {}): Promise<void> {
    await this.secrets.trigger('secret-rotate', `triggerSecretRotation('${secretId}')`, secretId, undefined, options.label);
  }

  /** Emits secret-remove for a revision of a secret the charm owns that nobody tracks any more. */
  async triggerSecretRemoval(secretId: string, revision: number, options: SecretEventOptions = {}): Promise<void> {
    await this.secrets.trigger('secret-remove', `triggerSecretRemoval('${secretId}')`, secretId, revision, options.label);
  }

  /** Emits secret-expired for a revision of a secret the charm owns. */
  async triggerSecretExpiration(secretId: string, revision: number, options: SecretEventOptions = {}): Promise<void> {
    await this.secrets.trigger('secret-expired', `triggerSecretExpiration('${secretId}')`, secretId, revision, options.label);
  }

  /** Who the charm granted its secret to on a relation. */
  getSecretGrants(secretId: string, relationId: number): Set<string> {
    return this.secrets.grants(secretId, relationId);
  }

  /** A secret's stored revision numbers, oldest first. */
  getSecretRevisions(secretId: string): number[] {
    return this.secrets.revisions(secretId);
  }

  /** Makes a declared resource available to `resource-get` with this content. */
  addResource(name: string, content: string | Uint8Array): void {
    const path = this.resources.write(name, content);
    this.runtime.change((s) => (s.resources[name] = path));
  }

  /** Deletes the containers' file trees and the resource files; call it in `afterEach`. */
  override cleanup(): void {
    super.cleanup();
    this.resources.dispose();
  }

  /**
   * Sets what `network-get` reports: for every binding, for `endpoint`, or
   * for the relation `relationId` alone (its endpoint's binding unchanged).
   */
  addNetwork(address: string, options: AddNetworkOptions = {}): void {
    this.networks.add(address, options);
  }
}
