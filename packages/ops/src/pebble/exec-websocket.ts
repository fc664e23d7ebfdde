import { constants } from 'node:os';
import { Readable, Writable } from 'node:stream';
import WebSocket from 'ws';
import { APIError, ChangeError, ConnectionError, ProtocolError } from './errors';
import { formatDuration } from './duration';
import { StreamExecProcess } from './exec-process';
import type { ExecOptions, ExecProcess } from './exec-types';
import type { HttpTransport } from './http-transport';
import type { Change } from './types';

const END = JSON.stringify({ command: 'end' });

function connect(socketPath: string, taskId: string, name: string): Promise<WebSocket> {
  const ws = new WebSocket(`ws+unix://${socketPath}:/v1/tasks/${taskId}/websocket/${name}`);
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', (err) => reject(new ConnectionError(`cannot open the exec ${name} websocket at ${socketPath}: ${err.message}`, socketPath, { cause: err })));
    ws.once('unexpected-response', (_req, res) => {
      reject(new APIError(res.statusCode ?? 0, res.statusMessage ?? '', `Pebble refused the exec ${name} websocket for task ${taskId}`));
      res.resume();
    });
  });
}

/** Output of one websocket as a stream: binary frames are data, the `end` command ends it. */
function receive(ws: WebSocket, name: string): Readable {
  let ended = false;
  const stream = new Readable({ read: () => ws.resume() });
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    if (isBinary) {
      if (!stream.push(data)) ws.pause();
      return;
    }
    const command = (() => {
      try {
        return (JSON.parse(data.toString('utf8')) as { command?: string }).command;
      } catch {
        return undefined;
      }
    })();
    if (command !== 'end') stream.destroy(new ProtocolError(`unexpected message on the exec ${name} websocket: ${data.toString('utf8').slice(0, 100)}`));
    else if (!ended) {
      ended = true;
      stream.push(null);
    }
  });
  ws.on('close', () => {
    if (!ended) stream.destroy(new ConnectionError(`the exec ${name} websocket closed before the command's output ended`));
  });
  return stream;
}

/** stdin as a stream: each write is a binary frame, the end is the `end` command, as Pebble expects. */
function send(ws: WebSocket): Writable {
  return new Writable({
    write: (chunk: Buffer, _enc, cb) => ws.send(chunk, { binary: true }, cb),
    final: (cb) => ws.send(END, { binary: false }, cb),
  });
}

function signalName(signal: string | number): string {
  if (typeof signal === 'string') return signal;
  const name = Object.entries(constants.signals).find(([, n]) => n === signal)?.[0];
  if (name === undefined) throw new TypeError(`unknown signal number ${signal}`);
  return name;
}

/**
 * Starts a command with `POST /v1/exec`, then attaches to its control,
 * stdio and (unless combined) stderr websockets, as Pebble's own client
 * does. Output is streamed with backpressure, never buffered whole.
 */
export async function execOverWebsocket(
  t: HttpTransport,
  waitChange: (id: string, timeout: number | undefined) => Promise<Change>,
  command: string[],
  o: ExecOptions,
): Promise<ExecProcess<string | Buffer>> {
  const body = {
    command,
    ...(o.serviceContext === undefined ? {} : { 'service-context': o.serviceContext }),
    ...(o.environment === undefined ? {} : { environment: o.environment }),
    ...(o.workingDir === undefined ? {} : { 'working-dir': o.workingDir }),
    ...(o.timeout === undefined ? {} : { timeout: formatDuration(o.timeout) }),
    ...(o.userId === undefined ? {} : { 'user-id': o.userId }),
    ...(o.user === undefined ? {} : { user: o.user }),
    ...(o.groupId === undefined ? {} : { 'group-id': o.groupId }),
    ...(o.group === undefined ? {} : { group: o.group }),
    'split-stderr': !o.combineStderr,
  };
  const env = await t.json({ method: 'POST', path: '/v1/exec', body, ...(o.signal === undefined ? {} : { signal: o.signal }) });
  const taskId = (env.result as { 'task-id'?: unknown } | null)?.['task-id'];
  if (env.change === undefined || typeof taskId !== 'string') throw new ProtocolError('Pebble answered exec without a change id and task id');
  const changeId = env.change;
  const control = await connect(t.socketPath, taskId, 'control');
  const stdio = await connect(t.socketPath, taskId, 'stdio');
  const stderrWs = o.combineStderr ? undefined : await connect(t.socketPath, taskId, 'stderr');
  const stdout = receive(stdio, 'stdio');
  const stderr = stderrWs === undefined ? undefined : receive(stderrWs, 'stderr');
  const outputs = [stdout, stderr].filter((s): s is Readable => s !== undefined);
  let open = outputs.length;
  const closeAll = () => [control, stdio, stderrWs].forEach((ws) => ws?.close());
  for (const s of outputs) s.on('end', () => --open === 0 && closeAll()).on('error', () => undefined);
  const sendSignal = async (signal: string | number) => {
    const msg = JSON.stringify({ command: 'signal', signal: { name: signalName(signal) } });
    await new Promise<void>((resolve, reject) => control.send(msg, (err) => (err ? reject(err) : resolve())));
  };
  o.signal?.addEventListener('abort', () => void sendSignal('SIGKILL').catch(() => undefined), { once: true });
  const exitCode = async () => {
    // Pebble kills the command at its timeout; allow a second for the change to say so.
    const change = await waitChange(changeId, o.timeout === undefined ? undefined : o.timeout + 1000);
    if (change.err !== undefined) {
      closeAll();
      throw new ChangeError(change.err, change);
    }
    const code = change.tasks[0]?.data?.['exit-code'];
    if (typeof code !== 'number') throw new ProtocolError(`exec change ${changeId} finished without an exit code`);
    return code;
  };
  return new StreamExecProcess({ command, stdin: send(stdio), stdout, stderr, exitCode, sendSignal }, o);
}
