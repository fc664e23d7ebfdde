import * as cmd from '../hookcmds';
import type { HookCommandRunner } from '../hookcmds';
import { ModelError, RelationNotFoundError } from '../errors';
import type { RelationRef } from './backend-types';
import { guardHookCommand } from './guard-hook-command';
import { RelationBagCache, type BagKey } from './relation-bag-cache';

/** `relation db:3`, as error messages name a relation. */
export const relationName = (rel: RelationRef): string => `relation ${rel.endpoint}:${rel.id}`;

const relKey = (rel: RelationRef): string => `${rel.endpoint}:${rel.id}`;

/**
 * The WARNING logged when a bag's pending writes are dropped at commit
 * because Juju no longer knows the relation; fakes log the same line.
 */
export function droppedRelationWritesMessage(rel: RelationRef, isApp: boolean, keys: readonly string[]): string {
  return `the ${isApp ? 'app' : 'unit'} databag of ${relationName(rel)} was removed during this hook; its pending changes (keys ${keys.join(', ')}) were dropped`;
}

/**
 * The relation half of {@link HookCmdBackend}: every read cached for the
 * hook, writes merged per databag and sent by {@link HookCmdRelations.commit}
 * as one `relation-set` per changed bag.
 */
export class HookCmdRelations {
  private readonly ids = new Map<string, number[]>();
  private readonly units = new Map<string, string[]>();
  private readonly remoteApps = new Map<string, string | null>();
  private readonly modelUuids = new Map<string, string>();
  private readonly bags = new RelationBagCache();
  private readonly appName: string;

  constructor(
    private readonly run: HookCommandRunner,
    private readonly unitName: string,
  ) {
    this.appName = unitName.split('/')[0] ?? '';
  }

  /** Cached `relation-ids ENDPOINT`. */
  relationIds(endpoint: string): number[] {
    return [...cached(this.ids, endpoint, () => this.guard(`endpoint ${endpoint}`, () => cmd.relationIds(this.run, endpoint)))];
  }

  /** Cached `relation-list -r`. */
  relationList(rel: RelationRef): string[] {
    return [...cached(this.units, relKey(rel), () => this.guard(relationName(rel), () => cmd.relationList(this.run, rel)))];
  }

  /** Cached `relation-list -r --app`. */
  relationRemoteApp(rel: RelationRef): string | null {
    return cached(this.remoteApps, relKey(rel), () => this.guard(relationName(rel), () => cmd.relationRemoteApp(this.run, rel)));
  }

  /** Cached `relation-model-get -r`. */
  relationModelUuid(rel: RelationRef): string {
    return cached(this.modelUuids, relKey(rel), () => this.guard(relationName(rel), () => cmd.relationModelGet(this.run, rel)));
  }

  /** A bag, fetched once, overlaid with our pending writes. */
  relationGet(rel: RelationRef, member: string, isApp: boolean): Record<string, string> {
    const key: BagKey = { rel, member, isApp };
    const seen = this.bags.read(key);
    if (seen !== undefined) return seen;
    const subject = `the ${isApp ? 'app' : 'unit'} databag of ${member} in ${relationName(rel)}`;
    this.bags.store(key, this.guard(subject, () => cmd.relationGet(this.run, rel, member, isApp)));
    return this.bags.read(key) ?? {};
  }

  /** Queues changes to our unit's (or, with `isApp`, our app's) bag; nothing runs until commit. */
  relationSet(rel: RelationRef, changes: Readonly<Record<string, string>>, isApp: boolean): void {
    cmd.assertRelationChanges(rel, changes);
    if (this.unitName === '') {
      throw new ModelError(
        'relation-set: the backend does not know this unit\'s name, so it cannot tell which databag is ours; set JUJU_UNIT_NAME or pass the unitName option',
      );
    }
    this.bags.write({ rel, isApp, member: isApp ? this.appName : this.unitName }, changes);
  }

  /**
   * Sends one `relation-set -r <rel> [--app] --file -` per databag with
   * pending changes. Changes to a relation removed meanwhile are dropped with
   * a warning rather than failing the hook: Juju would discard them anyway,
   * and failing would also lose every other change of this hook.
   */
  commit(): void {
    for (const bag of this.bags.pendingBags()) {
      const subject = `the ${bag.isApp ? 'app' : 'unit'} databag of ${relationName(bag.rel)}`;
      try {
        this.guard(subject, () => cmd.relationSet(this.run, bag.rel, bag.changes, bag.isApp));
      } catch (err) {
        if (!(err instanceof RelationNotFoundError)) throw err;
        this.warn(droppedRelationWritesMessage(bag.rel, bag.isApp, Object.keys(bag.changes)));
      }
      this.bags.markSent(bag);
    }
  }

  private warn(message: string): void {
    try {
      cmd.jujuLog(this.run, 'WARNING', message);
    } catch {
      // Losing a warning is better than failing a hook whose changes are otherwise fine.
    }
  }

  private guard<T>(subject: string, call: () => T): T {
    return guardHookCommand(this.run, subject, call);
  }
}

function cached<T>(cache: Map<string, T>, key: string, load: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = load();
  cache.set(key, value);
  return value;
}
