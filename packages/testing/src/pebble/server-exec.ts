import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type { WebSocket } from 'ws';
import { APIError, parseDuration } from '@jujuts/ops/pebble';
import type { InMemoryPebble, StartedExec } from './in-memory-pebble';
import type { ExecArgs } from './exec-handlers';
import { readJson, type RouteResult } from './server-response';

type Channel = 'control' | 'stdio' | 'stderr';

interface Session {
  started: StartedExec;
  split: boolean;
  sockets: Partial<Record<Channel, WebSocket>>;
}

function optional<T>(key: string, value: T | undefined): Record<string, T> {
  return value === undefined || value === null ? {} : { [key]: value };
}

async function pump(source: Readable, ws: WebSocket): Promise<void> {
  for await (const chunk of source) {
    await new Promise<void>((resolve, reject) => ws.send(chunk as Buffer, { binary: true }, (err) => (err ? reject(err) : resolve())));
  }
}

function receiveStdin(ws: WebSocket): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary) chunks.push(Buffer.from(data));
      else if ((JSON.parse(data.toString('utf8')) as { command?: string }).command === 'end') resolve(Buffer.concat(chunks));
    });
    ws.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

/**
 * Exec as Pebble serves it: `POST /v1/exec` makes a change and a task, the
 * client attaches the task's websockets, and the command runs once they are
 * all there (here, once stdin has ended, since a handler needs all of it).
 */
export class ExecSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly pebble: InMemoryPebble) {}

  /** `POST /v1/exec`. */
  async post(req: IncomingMessage): Promise<RouteResult> {
    const body = await readJson(req);
    const command = body['command'];
    if (!Array.isArray(command) || command.length === 0) throw new APIError(400, 'Bad Request', 'must specify command');
    const timeoutText = typeof body['timeout'] === 'string' ? body['timeout'] : '';
    const timeout = timeoutText === '' ? undefined : parseDuration(timeoutText);
    if (timeoutText !== '' && timeout === undefined) throw new APIError(400, 'Bad Request', `invalid timeout: time: invalid duration "${timeoutText}"`);
    const args = {
      command: command.map(String),
      ...optional('environment', body['environment'] as Record<string, string> | undefined),
      ...optional('workingDir', (body['working-dir'] as string | undefined) || undefined),
      ...optional('timeout', timeout),
      ...optional('userId', body['user-id'] as number | undefined),
      ...optional('user', (body['user'] as string | undefined) || undefined),
      ...optional('groupId', body['group-id'] as number | undefined),
      ...optional('group', (body['group'] as string | undefined) || undefined),
      ...optional('serviceContext', (body['service-context'] as string | undefined) || undefined),
    } as ExecArgs;
    const started = this.pebble.startExec(args);
    this.sessions.set(started.taskId, { started, split: body['split-stderr'] === true, sockets: {} });
    return {
      async: started.changeId,
      result: { 'task-id': started.taskId, environment: started.request.environment, 'working-dir': started.request.workingDir ?? '' },
    };
  }

  /** Whether a websocket for this task may attach. */
  has(taskId: string): boolean {
    return this.sessions.has(taskId);
  }

  /** Attaches one of the task's websockets; the command starts when all are attached. */
  attach(taskId: string, channel: Channel, ws: WebSocket): void {
    const session = this.sessions.get(taskId);
    if (session === undefined) {
      ws.close(1008, 'unknown task');
      return;
    }
    session.sockets[channel] = ws;
    const { control, stdio, stderr } = session.sockets;
    if (control !== undefined && stdio !== undefined && (!session.split || stderr !== undefined)) {
      this.sessions.delete(taskId);
      void this.run(session, stdio, session.split ? stderr : undefined, control);
    }
  }

  private async run(session: Session, stdio: WebSocket, stderr: WebSocket | undefined, control: WebSocket): Promise<void> {
    const sockets = [stdio, stderr, control];
    try {
      const outcome = await session.started.run(await receiveStdin(stdio));
      const end = JSON.stringify({ command: 'end' });
      if (stderr === undefined) {
        await pump(outcome.stdout, stdio);
        await pump(outcome.stderr, stdio);
      } else await Promise.all([pump(outcome.stdout, stdio), pump(outcome.stderr, stderr)]);
      for (const ws of [stdio, stderr]) ws?.send(end);
      for (const ws of sockets) ws?.close();
    } catch {
      // The output broke off: drop the sockets without the end barrier, as a dying Pebble would.
      for (const ws of sockets) ws?.terminate();
    }
  }
}
