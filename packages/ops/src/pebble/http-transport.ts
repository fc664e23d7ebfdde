import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { APIError, ConnectionError, ProtocolError, TimeoutError } from './errors';

/** One HTTP request to Pebble. */
export interface PebbleRequest {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | undefined>;
  /** A JSON value, or a stream sent as-is (with `headers` giving its content type). */
  body?: unknown;
  stream?: Readable;
  headers?: Record<string, string>;
  /** Milliseconds Pebble may stay silent before the request fails (for a stream, until its headers). */
  timeout?: number;
  signal?: AbortSignal;
}

/** Pebble's JSON envelope, decoded. */
export interface Envelope {
  type: 'sync' | 'async';
  statusCode: number;
  result: unknown;
  change?: string;
}

function describe(req: PebbleRequest): string {
  return `${req.method} ${req.path}`;
}

/**
 * HTTP/1.1 to Pebble over its unix socket. Maps transport failures to
 * ConnectionError (naming the socket), slow answers to TimeoutError, and an
 * aborted signal to the signal's reason.
 */
export class HttpTransport {
  constructor(
    readonly socketPath: string,
    readonly defaultTimeout: number,
  ) {}

  /** Sends a request and resolves with the response once its headers arrive; the body is not read. */
  open(req: PebbleRequest): Promise<{ response: IncomingMessage; done: () => void }> {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) query.set(k, v);
    const path = query.size > 0 ? `${req.path}?${query.toString()}` : req.path;
    const timeout = req.timeout ?? this.defaultTimeout;
    const json = req.body === undefined ? undefined : JSON.stringify(req.body);
    const headers: Record<string, string> = { ...(json === undefined ? {} : { 'Content-Type': 'application/json' }), ...req.headers };
    return new Promise((resolve, reject) => {
      req.signal?.throwIfAborted();
      const outgoing = httpRequest({ socketPath: this.socketPath, method: req.method, path, headers });
      const fail = (err: unknown) => {
        cleanup();
        reject(this.mapError(err, req));
      };
      // An idle timeout, as a socket timeout in ops: a large push or pull may take long, but never sit silent.
      outgoing.setTimeout(timeout, () => {
        outgoing.destroy(new TimeoutError(`timed out after ${timeout}ms of silence from Pebble during ${describe(req)}`, timeout));
      });
      const onAbort = () => outgoing.destroy(req.signal?.reason as Error);
      req.signal?.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => {
        outgoing.setTimeout(0);
        req.signal?.removeEventListener('abort', onAbort);
      };
      outgoing.on('error', fail);
      outgoing.on('response', (response) => {
        response.on('error', () => cleanup());
        resolve({ response, done: cleanup });
      });
      if (req.stream !== undefined) {
        req.stream.on('error', (err) => outgoing.destroy(err));
        req.stream.pipe(outgoing);
      } else outgoing.end(json);
    });
  }

  /** Sends a request and decodes Pebble's JSON envelope; error envelopes become APIError. */
  async json(req: PebbleRequest): Promise<Envelope> {
    const { response, done } = await this.open(req);
    let text: string;
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of response) chunks.push(chunk as Buffer);
      text = Buffer.concat(chunks).toString('utf8');
    } catch (err) {
      throw this.mapError(err, req);
    } finally {
      done();
    }
    return decodeEnvelope(text, describe(req));
  }

  /** Turns a socket or stream error into the client's error types. */
  mapError(err: unknown, req: PebbleRequest): Error {
    if (req.signal?.aborted && err === req.signal.reason) return err as Error;
    if (err instanceof TimeoutError || err instanceof APIError || err instanceof ProtocolError) return err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return ConnectionError.socketMissing(this.socketPath, err);
    if (code === 'ECONNREFUSED') {
      return new ConnectionError(`cannot connect to Pebble at ${this.socketPath}: connection refused (is Pebble running?)`, this.socketPath, { cause: err });
    }
    const reason = (err as Error).message ?? String(err);
    return new ConnectionError(`connection to Pebble at ${this.socketPath} failed during ${describe(req)}: ${reason}`, this.socketPath, { cause: err });
  }
}

/** Decodes Pebble's `{type, status-code, result, change}` envelope. */
export function decodeEnvelope(text: string, what: string): Envelope {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new ProtocolError(`cannot decode Pebble's answer to ${what} as JSON: ${(err as Error).message} (got ${JSON.stringify(text.slice(0, 100))})`);
  }
  if (body === null || typeof body !== 'object') throw new ProtocolError(`Pebble's answer to ${what} is not a JSON object`);
  const statusCode = Number(body['status-code']);
  if (body['type'] === 'error') {
    const result = (body['result'] ?? {}) as Record<string, unknown>;
    const message = typeof result['message'] === 'string' ? result['message'] : `${what} failed`;
    const kind = typeof result['kind'] === 'string' ? result['kind'] : undefined;
    throw new APIError(statusCode, String(body['status'] ?? ''), message, kind, result['value']);
  }
  if (body['type'] !== 'sync' && body['type'] !== 'async') {
    throw new ProtocolError(`Pebble's answer to ${what} has unknown type ${JSON.stringify(body['type'])}`);
  }
  return {
    type: body['type'],
    statusCode,
    result: body['result'],
    ...(typeof body['change'] === 'string' ? { change: body['change'] } : {}),
  };
}
