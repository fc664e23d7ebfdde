import { deepCopy } from './deep-copy';
import { APIError } from '@jujuts/ops/pebble';
import type { Change, ChangeState, Task } from '@jujuts/ops/pebble';

/** One step of a change as the in-memory Pebble records it. */
export interface TaskSpec {
  kind: string;
  summary: string;
  log?: string[];
  /** Why the task failed; the change then has status Error. */
  error?: string;
  data?: Record<string, unknown>;
}

/**
 * The changes an in-memory Pebble has made, with Pebble's ids and errors.
 * Service changes are complete when recorded (the fake has no background
 * work, so a wait returns at once); exec changes are begun, then finished
 * when the command's handler returns.
 */
export class ChangeLog {
  private readonly changes = new Map<string, Change>();
  private readonly waiters = new Map<string, (() => void)[]>();
  private nextId = 1;

  constructor(private readonly now: () => Date) {}

  /** Records a finished change; it is in Error if any task failed. */
  record(kind: string, summary: string, tasks: readonly TaskSpec[], data?: Record<string, unknown>): Change {
    const time = this.now();
    const id = String(this.nextId++);
    const built: Task[] = tasks.map((t) => ({
      id: String(this.nextId++),
      kind: t.kind,
      summary: t.summary,
      status: t.error === undefined ? 'Done' : 'Error',
      log: [...(t.log ?? []), ...(t.error === undefined ? [] : [`ERROR ${t.error}`])],
      progress: { label: '', done: 1, total: 1 },
      spawnTime: time,
      readyTime: time,
      ...(t.data === undefined ? {} : { data: t.data }),
    }));
    const failed = tasks.filter((t) => t.error !== undefined);
    const change: Change = {
      id,
      kind,
      summary,
      status: failed.length > 0 ? 'Error' : 'Done',
      tasks: built,
      ready: true,
      spawnTime: time,
      readyTime: time,
      ...(failed.length > 0
        ? { err: `cannot perform the following tasks:\n${failed.map((t) => `- ${t.summary} (${t.error ?? ''})`).join('\n')}` }
        : {}),
      ...(data === undefined ? {} : { data }),
    };
    this.changes.set(id, change);
    return deepCopy(change);
  }

  /** Starts a change that stays `Doing` until {@link finish}; returns its id and its one task's id. */
  begin(kind: string, summary: string, task: { kind: string; summary: string }): { changeId: string; taskId: string } {
    const time = this.now();
    const changeId = String(this.nextId++);
    const taskId = String(this.nextId++);
    const doing = { status: 'Doing' as const, spawnTime: time };
    this.changes.set(changeId, {
      id: changeId,
      kind,
      summary,
      ready: false,
      ...doing,
      tasks: [{ id: taskId, ...task, ...doing, log: [], progress: { label: '', done: 0, total: 1 } }],
    });
    return { changeId, taskId };
  }

  /** Finishes a begun change with its task's outcome and wakes its waiters. */
  finish(changeId: string, outcome: { error?: string; data?: Record<string, unknown>; log?: string[] }): void {
    const change = this.changes.get(changeId);
    const task = change?.tasks[0];
    if (change === undefined || task === undefined || change.ready) return;
    const time = this.now();
    const status = outcome.error === undefined ? 'Done' : 'Error';
    Object.assign(task, { status, readyTime: time, progress: { label: '', done: 1, total: 1 } });
    task.log.push(...(outcome.log ?? []), ...(outcome.error === undefined ? [] : [`ERROR ${outcome.error}`]));
    if (outcome.data !== undefined) task.data = outcome.data;
    Object.assign(change, { status, ready: true, readyTime: time });
    if (outcome.error !== undefined) change.err = `cannot perform the following tasks:\n- ${task.summary} (${outcome.error})`;
    for (const wake of this.waiters.get(changeId) ?? []) wake();
    this.waiters.delete(changeId);
  }

  /** Resolves with the change once it is ready (at once for a finished change). */
  async whenReady(id: string): Promise<Change> {
    const change = this.get(id);
    if (change.ready) return change;
    await new Promise<void>((resolve) => this.waiters.set(id, [...(this.waiters.get(id) ?? []), resolve]));
    return this.get(id);
  }

  /** The change with this id; APIError 404 as Pebble answers for an unknown id. */
  get(id: string): Change {
    const change = this.changes.get(id);
    if (change === undefined) throw new APIError(404, 'Not Found', `cannot find change with id "${id}"`, 'not-found');
    return deepCopy(change);
  }

  /** Changes in id order, filtered by readiness and by a service named in a task summary. */
  list(select: ChangeState = 'in-progress', service?: string): Change[] {
    if (!['all', 'in-progress', 'ready'].includes(select)) {
      throw new APIError(400, 'Bad Request', 'select should be one of: all,in-progress,ready');
    }
    return [...this.changes.values()]
      .filter((c) => select === 'all' || c.ready === (select === 'ready'))
      .filter((c) => service === undefined || c.tasks.some((t) => t.summary.includes(`"${service}"`)))
      .map((c) => deepCopy(c));
  }

  /** Aborts a pending change (it finishes in error); Pebble refuses when nothing is pending. */
  abort(id: string): Change {
    const change = this.get(id);
    if (change.ready) throw new APIError(400, 'Bad Request', `cannot abort change ${id} with nothing pending`);
    this.finish(id, { error: 'task was aborted' });
    return this.get(id);
  }
}
