import { Readable } from 'node:stream';
import { APIError } from '@jujuts/ops/pebble';
import type { Plan } from '@jujuts/ops/pebble';

/** What a registered exec handler is asked to run. */
export interface ExecRequest {
  command: string[];
  /** The environment after merging the service context, if any. */
  environment: Record<string, string>;
  workingDir?: string;
  user?: string;
  userId?: number;
  group?: string;
  groupId?: number;
  /** Milliseconds, when the caller set a timeout. */
  timeout?: number;
  /** Everything the caller wrote to stdin. */
  stdin: Buffer;
}

/** What an exec handler answers: exit code 0 and no output unless given. */
export interface ExecResult {
  exitCode?: number;
  stdout?: string | Buffer | Readable;
  stderr?: string | Buffer | Readable;
}

/** Answers an exec; may be async (a handler slower than the caller's timeout makes the exec time out). */
export type ExecHandler = (request: ExecRequest) => ExecResult | void | Promise<ExecResult | void>;

/** The caller's exec fields before Pebble merges the service context. */
export type ExecArgs = Omit<ExecRequest, 'stdin' | 'environment'> & {
  environment?: Record<string, string>;
  serviceContext?: string;
};

/** Exec handlers matched by longest command prefix, as registered by tests. */
export class ExecHandlers {
  private readonly handlers: { prefix: string[]; handler: ExecHandler }[] = [];

  /** Registers a handler (or a fixed result) for commands starting with `prefix`; later registrations win ties. */
  register(prefix: readonly string[], handler: ExecHandler | ExecResult): void {
    const fn: ExecHandler = typeof handler === 'function' ? handler : () => handler;
    this.handlers.unshift({ prefix: [...prefix], handler: fn });
  }

  /** The handler for `command`; APIError as Pebble answers when the executable is not found. */
  find(command: readonly string[]): ExecHandler {
    if (command.length === 0) throw new APIError(400, 'Bad Request', 'must specify command');
    let best: { prefix: string[]; handler: ExecHandler } | undefined;
    for (const h of this.handlers) {
      const matches = h.prefix.length <= command.length && h.prefix.every((p, i) => command[i] === p);
      if (matches && (best === undefined || h.prefix.length > best.prefix.length)) best = h;
    }
    if (best === undefined) throw new APIError(400, 'Bad Request', `cannot find executable "${command[0] ?? ''}"`);
    return best.handler;
  }
}

/** Pebble's service context: the service's environment, user, group and dir as defaults under the caller's. */
export function mergeServiceContext(plan: Plan, args: ExecArgs): Omit<ExecRequest, 'stdin'> {
  const { serviceContext, environment, ...rest } = args;
  if (serviceContext === undefined || serviceContext === '') return { ...rest, environment: { ...(environment ?? {}) } };
  const service = plan.services[serviceContext];
  if (service === undefined) throw new APIError(400, 'Bad Request', `context service "${serviceContext}" not found`);
  const fromService = Object.fromEntries(
    Object.entries({
      workingDir: service['working-dir'],
      user: service.user,
      userId: service['user-id'],
      group: service.group,
      groupId: service['group-id'],
    }).filter(([, v]) => v !== undefined),
  );
  const given = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  return { ...fromService, ...given, command: args.command, environment: { ...(service.environment ?? {}), ...(environment ?? {}) } };
}

/** A handler's output as a stream (empty when it gave none). */
export function toReadable(output: string | Buffer | Readable | undefined): Readable {
  if (output === undefined) return Readable.from([]);
  if (typeof output === 'string' || Buffer.isBuffer(output)) return Readable.from([Buffer.from(output)]);
  return output;
}

/** Resolves with `work`'s result, or `'timeout'` once `ms` pass first (no limit when unset or 0). */
export async function withTimeout<T>(work: Promise<T>, ms: number | undefined): Promise<T | 'timeout'> {
  if (ms === undefined || ms <= 0) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
