import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { APIError, PathError, fileInfoToWire } from '@jujuts/ops/pebble';
import type { InMemoryPebble } from './in-memory-pebble';
import type { Ownership } from './file-store';
import { readJson, sendError, type RouteResult } from './server-response';

type Item = Record<string, unknown>;

function pathResult(path: string, err?: unknown): Item {
  if (err === undefined) return { path };
  if (err instanceof PathError) return { path, error: { kind: err.kind, message: err.message.replace(`${err.kind} - `, '') } };
  return { path, error: { kind: 'generic-file-error', message: (err as Error).message } };
}

function ownership(item: Item): Ownership & { permissions?: number } {
  const text = typeof item['permissions'] === 'string' ? item['permissions'] : undefined;
  if (text !== undefined && !/^[0-7]{3,4}$/.test(text)) throw new APIError(400, 'Bad Request', `permissions must be a 3- or 4-digit octal string, got "${text}"`);
  return Object.fromEntries(
    Object.entries({
      permissions: text === undefined ? undefined : parseInt(text, 8),
      userId: item['user-id'],
      user: item['user'],
      groupId: item['group-id'],
      group: item['group'],
    }).filter(([, v]) => v !== undefined && v !== ''),
  ) as Ownership & { permissions?: number };
}

const STATUS_OF_KIND: Record<string, number> = { 'not-found': 404, 'permission-denied': 403 };

/** `GET /v1/files`: a multipart stream for `read`, a JSON list for `list`. */
export async function getFiles(pebble: InMemoryPebble, url: URL, res: ServerResponse): Promise<RouteResult> {
  const action = url.searchParams.get('action');
  const path = url.searchParams.get('path') ?? '';
  if (action === 'list') {
    try {
      const itself = url.searchParams.get('itself') === 'true';
      const infos = await pebble.files.list(path, { pattern: url.searchParams.get('pattern') ?? '', itself });
      return { sync: infos.map(fileInfoToWire) };
    } catch (err) {
      if (!(err instanceof PathError)) throw err;
      sendError(res, STATUS_OF_KIND[err.kind] ?? 400, err.message.replace(`${err.kind} - `, ''), err.kind);
      return { handled: true };
    }
  }
  if (action !== 'read') throw new APIError(400, 'Bad Request', `invalid action "${action ?? ''}"`);
  const boundary = randomBytes(12).toString('hex');
  res.writeHead(200, { 'Content-Type': `multipart/form-data; boundary=${boundary}` });
  const results: Item[] = [];
  for (const p of url.searchParams.getAll('path')) {
    let stream: Readable;
    try {
      stream = await pebble.files.read(p);
    } catch (err) {
      results.push(pathResult(p, err));
      continue;
    }
    res.write(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${p}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    for await (const chunk of stream) if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
    res.write('\r\n');
    results.push(pathResult(p));
  }
  const json = JSON.stringify({ type: 'sync', 'status-code': 200, status: 'OK', result: results });
  res.end(`--${boundary}\r\nContent-Disposition: form-data; name="response"\r\nContent-Type: application/json\r\n\r\n${json}\r\n--${boundary}--\r\n`);
  return { handled: true };
}

/** `POST /v1/files`: multipart `write`, or JSON `make-dirs` / `remove`. */
export async function postFiles(pebble: InMemoryPebble, req: IncomingMessage): Promise<RouteResult> {
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) return writeFiles(pebble, req);
  if (!type.startsWith('application/json')) throw new APIError(400, 'Bad Request', `invalid Content-Type "${type}"`);
  const body = await readJson(req);
  const results: Item[] = [];
  if (body['action'] === 'make-dirs') {
    for (const dir of (body['dirs'] ?? []) as Item[]) {
      const path = String(dir['path']);
      await pebble.files.makeDir(path, { ...ownership(dir), makeParents: dir['make-parents'] === true }).then(
        () => results.push(pathResult(path)),
        (err: unknown) => results.push(pathResult(path, err)),
      );
    }
  } else if (body['action'] === 'remove') {
    for (const item of (body['paths'] ?? []) as Item[]) {
      const path = String(item['path']);
      await pebble.files.remove(path, { recursive: item['recursive'] === true }).then(
        () => results.push(pathResult(path)),
        (err: unknown) => results.push(pathResult(path, err)),
      );
    }
  } else throw new APIError(400, 'Bad Request', `invalid action ${JSON.stringify(body['action'])}`);
  return { sync: results };
}

function writeFiles(pebble: InMemoryPebble, req: IncomingMessage): Promise<RouteResult> {
  return new Promise((resolve, reject) => {
    // Pebble keeps the whole path in the part's filename, which busboy strips by default.
    const parser = busboy({ headers: req.headers, preservePath: true });
    let items: Item[] | undefined;
    const writes: Promise<Item>[] = [];
    parser.on('field', (name, value) => {
      if (name !== 'request') return;
      try {
        const request = JSON.parse(value) as Item;
        if (request['action'] !== 'write') throw new Error(`invalid action ${JSON.stringify(request['action'])}`);
        items = (request['files'] ?? []) as Item[];
      } catch (err) {
        reject(new APIError(400, 'Bad Request', `cannot decode request metadata: ${(err as Error).message}`));
      }
    });
    parser.on('file', (name, stream, info) => {
      const path = info.filename ?? '';
      const item = items?.find((i) => i['path'] === path);
      if (name !== 'files' || item === undefined) {
        stream.resume();
        reject(new APIError(400, 'Bad Request', `no metadata for path "${path}"`));
        return;
      }
      writes.push(
        pebble.files.write(path, stream, { ...ownership(item), makeDirs: item['make-dirs'] === true }).then(
          () => pathResult(path),
          (err: unknown) => {
            stream.resume();
            return pathResult(path, err);
          },
        ),
      );
    });
    parser.on('error', (err) => reject(new APIError(400, 'Bad Request', `cannot parse multipart body: ${(err as Error).message}`)));
    parser.on('close', () => {
      Promise.all(writes).then((results) => resolve({ sync: results }), reject);
    });
    req.pipe(parser);
  });
}
