import type { Readable } from 'node:stream';
import { APIError, PathError, ProtocolError } from './errors';
import type { HttpTransport } from './http-transport';
import { decodeEnvelope } from './http-transport';
import { MultipartReader, boundaryOf } from './multipart-reader';
import { multipartBody } from './multipart-writer';
import type { ListFilesOptions, MakeDirOptions, PushOptions, RequestOptions } from './pebble-client';
import type { FileInfo } from './types';
import { fileInfoFromWire, type WireObject } from './wire-json';

const FILE_ERROR_KINDS = new Set(['not-found', 'permission-denied', 'generic-file-error']);

/** Throws the PathError Pebble reported for any path in a per-path result list. */
export function raiseOnPathError(result: unknown): void {
  if (!Array.isArray(result)) throw new ProtocolError(`expected a list of per-path results from Pebble, got ${JSON.stringify(result)}`);
  for (const item of result as WireObject[]) {
    const error = item['error'] as WireObject | undefined | null;
    if (error) throw new PathError(String(error['kind'] ?? 'generic-file-error'), String(error['message'] ?? ''));
  }
}

/** File-API error envelopes (list on a missing path, …) carry a file error kind: surface them as PathError. */
async function asPathErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof APIError && err.kind !== undefined && FILE_ERROR_KINDS.has(err.kind)) throw new PathError(err.kind, err.message);
    throw err;
  }
}

function owner(o: { userId?: number; user?: string; groupId?: number; group?: string }): WireObject {
  return {
    ...(o.userId === undefined ? {} : { 'user-id': o.userId }),
    ...(o.user === undefined ? {} : { user: o.user }),
    ...(o.groupId === undefined ? {} : { 'group-id': o.groupId }),
    ...(o.group === undefined ? {} : { group: o.group }),
  };
}

function octal(mode: number | undefined): WireObject {
  return mode === undefined ? {} : { permissions: mode.toString(8).padStart(3, '0') };
}

/** `POST /v1/files` write: the request JSON, then the file streamed as the `files` part. */
export async function pushFile(t: HttpTransport, path: string, source: string | Buffer | Readable, o: PushOptions = {}): Promise<void> {
  const body = typeof source === 'string' ? Buffer.from(source, o.encoding ?? 'utf8') : source;
  const request = { action: 'write', files: [{ path, ...(o.makeDirs ? { 'make-dirs': true } : {}), ...octal(o.permissions), ...owner(o) }] };
  const form = multipartBody([
    { name: 'request', contentType: 'application/json', body: Buffer.from(JSON.stringify(request)) },
    { name: 'files', filename: path, contentType: 'application/octet-stream', body },
  ]);
  const env = await asPathErrors(() =>
    t.json({ method: 'POST', path: '/v1/files', stream: form.stream, headers: { 'Content-Type': form.contentType }, ...req(o) }),
  );
  raiseOnPathError(env.result);
}

/** `GET /v1/files?action=read`: resolves once the file part starts; the stream fails if Pebble reports an error after it. */
export async function pullFile(t: HttpTransport, path: string, o: RequestOptions = {}): Promise<Readable> {
  const request = { method: 'GET' as const, path: '/v1/files', query: { action: 'read', path }, headers: { Accept: 'multipart/form-data' }, ...req(o) };
  const { response, done } = await t.open(request);
  done();
  const type = response.headers['content-type'] ?? '';
  if (type.startsWith('application/json')) {
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    await asPathErrors(async () => decodeEnvelope(Buffer.concat(chunks).toString('utf8'), 'GET /v1/files'));
    throw new ProtocolError('Pebble answered a file read with JSON but no error');
  }
  const reader = new MultipartReader(response, boundaryOf(type));
  const readResponse = async () => {
    const part = await reader.nextPart();
    if (part?.name !== 'response') throw new ProtocolError(`expected the "response" part after the file, got ${JSON.stringify(part?.name)}`);
    raiseOnPathError(decodeEnvelope((await reader.readBody()).toString('utf8'), 'GET /v1/files').result);
  };
  const first = await reader.nextPart();
  if (first?.name === 'response') {
    raiseOnPathError(decodeEnvelope((await reader.readBody()).toString('utf8'), 'GET /v1/files').result);
    throw new ProtocolError(`Pebble sent no content for ${path} and no error`);
  }
  if (first?.name !== 'files') throw new ProtocolError(`expected a "files" part from Pebble, got ${JSON.stringify(first?.name)}`);
  const stream = reader.bodyStream(readResponse);
  response.on('error', (err) => stream.destroy(t.mapError(err, request)));
  return stream;
}

/** `GET /v1/files?action=list`. */
export async function listFiles(t: HttpTransport, path: string, o: ListFilesOptions = {}): Promise<FileInfo[]> {
  const query = { action: 'list', path, pattern: o.pattern || undefined, itself: o.itself ? 'true' : undefined };
  const env = await asPathErrors(() => t.json({ method: 'GET', path: '/v1/files', query, ...req(o) }));
  if (!Array.isArray(env.result)) throw new ProtocolError('expected a list of files from Pebble');
  return (env.result as WireObject[]).map(fileInfoFromWire);
}

/** `POST /v1/files` make-dirs. */
export async function makeDir(t: HttpTransport, path: string, o: MakeDirOptions = {}): Promise<void> {
  const dir = { path, ...(o.makeParents ? { 'make-parents': true } : {}), ...octal(o.permissions), ...owner(o) };
  const env = await asPathErrors(() => t.json({ method: 'POST', path: '/v1/files', body: { action: 'make-dirs', dirs: [dir] }, ...req(o) }));
  raiseOnPathError(env.result);
}

/** `POST /v1/files` remove. */
export async function removePath(t: HttpTransport, path: string, o: RequestOptions & { recursive?: boolean } = {}): Promise<void> {
  const item = { path, ...(o.recursive ? { recursive: true } : {}) };
  const env = await asPathErrors(() => t.json({ method: 'POST', path: '/v1/files', body: { action: 'remove', paths: [item] }, ...req(o) }));
  raiseOnPathError(env.result);
}

function req(o: RequestOptions): RequestOptions {
  return { ...(o.timeout === undefined ? {} : { timeout: o.timeout }), ...(o.signal === undefined ? {} : { signal: o.signal }) };
}
