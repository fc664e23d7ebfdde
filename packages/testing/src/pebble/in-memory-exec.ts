import { PassThrough, type Readable } from 'node:stream';
import { ChangeError, StreamExecProcess } from '@jujuts/ops/pebble';
import type { ExecOptions, ExecProcess } from '@jujuts/ops/pebble';
import type { InMemoryPebble } from './in-memory-pebble';

async function collect(stream: PassThrough): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Pipes several sources into one target, ending it after the last. */
function merge(sources: Readable[], target: PassThrough): void {
  let open = sources.length;
  for (const source of sources) {
    source.on('error', (err) => target.destroy(err));
    source.on('end', () => --open === 0 && target.end());
    source.pipe(target, { end: false });
  }
}

/**
 * Starts an exec on the in-memory Pebble: the handler runs once stdin is
 * complete. When the caller writes stdin itself, waiting ends it, since a
 * handler, unlike a process, cannot answer before its input is known.
 */
export function startInMemoryExec(pebble: InMemoryPebble, command: string[], options: ExecOptions): ExecProcess<string | Buffer> {
  const started = pebble.startExec({
    command,
    ...(options.environment === undefined ? {} : { environment: options.environment }),
    ...(options.workingDir === undefined ? {} : { workingDir: options.workingDir }),
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
    ...(options.user === undefined ? {} : { user: options.user }),
    ...(options.userId === undefined ? {} : { userId: options.userId }),
    ...(options.group === undefined ? {} : { group: options.group }),
    ...(options.groupId === undefined ? {} : { groupId: options.groupId }),
    ...(options.serviceContext === undefined ? {} : { serviceContext: options.serviceContext }),
  });
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = options.combineStderr ? undefined : new PassThrough();
  const ran = collect(stdin).then(async (input) => {
    const outcome = await started.run(input);
    if (stderr === undefined) merge([outcome.stdout, outcome.stderr], stdout);
    else {
      merge([outcome.stdout], stdout);
      merge([outcome.stderr], stderr);
    }
  });
  ran.catch(() => undefined);
  const exitCode = async (): Promise<number> => {
    if (options.stdin === undefined && !stdin.writableEnded) stdin.end();
    await ran;
    const change = await pebble.changes.whenReady(started.changeId);
    if (change.err !== undefined) throw new ChangeError(change.err, change);
    return Number(change.tasks[0]?.data?.['exit-code'] ?? 0);
  };
  return new StreamExecProcess(
    { command, stdin, stdout, stderr, exitCode, sendSignal: async () => undefined },
    options,
  );
}
