import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { rm } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import type { InMemoryPebble } from './in-memory-pebble';
import { ExecSessions } from './server-exec';
import { getFiles, postFiles } from './server-files';
import { ROUTES } from './server-routes';
import { sendError, sendResult, sendThrown, type RouteResult } from './server-response';

/** A running Pebble stand-in. */
export interface PebbleServer {
  readonly socketPath: string;
  /** Stops listening, drops open connections and removes the socket (safe to call again, or after Pebble exited). */
  close(): Promise<void>;
}

const WEBSOCKET_PATH = /^\/v1\/tasks\/([^/]+)\/websocket\/(control|stdio|stderr)$/;

async function route(pebble: InMemoryPebble, execs: ExecSessions, req: IncomingMessage, res: ServerResponse): Promise<RouteResult> {
  const url = new URL(req.url ?? '/', 'http://pebble');
  if (url.pathname === '/v1/files') return req.method === 'GET' ? getFiles(pebble, url, res) : postFiles(pebble, req);
  if (url.pathname === '/v1/exec' && req.method === 'POST') return execs.post(req);
  for (const [method, pattern, handler] of ROUTES) {
    const match = pattern.exec(url.pathname);
    if (match && method === req.method) return handler(pebble, req, url, match.slice(1));
  }
  sendError(res, 404, 'not found');
  return { handled: true };
}

/**
 * Serves an {@link InMemoryPebble} over Pebble's HTTP and websocket API on
 * a unix socket, so the real socket client (or a charm run by `jujuts sim`)
 * can talk to it. While `pebble.canConnect` is false, connections are
 * dropped as soon as they open. When the Pebble exits (an `on-check-failure`
 * shutdown) the stand-in goes as a dead Pebble does: open connections are
 * cut and the socket file is removed, so clients get ENOENT.
 */
export async function startPebbleServer(pebble: InMemoryPebble, socketPath: string): Promise<PebbleServer> {
  const execs = new ExecSessions(pebble);
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    route(pebble, execs, req, res).then(
      (result) => sendResult(res, result),
      (err: unknown) => sendThrown(res, err),
    );
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const match = WEBSOCKET_PATH.exec(new URL(req.url ?? '/', 'http://pebble').pathname);
    if (match === null || !execs.has(match[1] ?? '')) {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => execs.attach(match[1] ?? '', match[2] as 'stdio', ws));
  });
  server.on('connection', (socket: Socket) => {
    if (!pebble.canConnect) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await rm(socketPath, { force: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  let closing: Promise<void> | undefined;
  // Synchronous up to server.close, so a request made right after the exit already finds no socket.
  const close = (): Promise<void> => {
    if (closing !== undefined) return closing;
    unsubscribe();
    for (const ws of wss.clients) ws.terminate();
    for (const socket of sockets) socket.destroy();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    closing = closed.then(() => rm(socketPath, { force: true }));
    return closing;
  };
  const unsubscribe = pebble.onExit(() => void close());
  if (pebble.exited !== undefined) await close();
  return { socketPath, close };
}
