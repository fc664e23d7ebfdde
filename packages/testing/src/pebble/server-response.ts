import type { IncomingMessage, ServerResponse } from 'node:http';
import { APIError } from '@jujuts/ops/pebble';

/** What a route answers: a sync result, an async change, or nothing because it wrote the response itself. */
export type RouteResult = { sync: unknown } | { async: string; result?: unknown } | { handled: true };

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  202: 'Accepted',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  504: 'Gateway Timeout',
};

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Writes Pebble's envelope for a route's result. */
export function sendResult(res: ServerResponse, result: RouteResult): void {
  if ('handled' in result) return;
  if ('sync' in result) send(res, 200, { type: 'sync', 'status-code': 200, status: 'OK', result: result.sync ?? null });
  else send(res, 202, { type: 'async', 'status-code': 202, status: 'Accepted', change: result.async, result: result.result ?? null });
}

/** Writes Pebble's error envelope. */
export function sendError(res: ServerResponse, code: number, message: string, kind?: string, value?: unknown): void {
  const result = { message, ...(kind === undefined ? {} : { kind }), ...(value === undefined ? {} : { value }) };
  send(res, code, { type: 'error', 'status-code': code, status: STATUS_TEXT[code] ?? '', result });
}

/** Writes the envelope for an error thrown by a route; anything but APIError is a 500. */
export function sendThrown(res: ServerResponse, err: unknown): void {
  if (res.headersSent) {
    res.destroy(err as Error);
    return;
  }
  if (err instanceof APIError) sendError(res, err.code, err.message, err.kind, err.value);
  else sendError(res, 500, (err as Error).message ?? String(err));
}

/** Reads a JSON request body; APIError 400 when it is not JSON. */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch (err) {
    throw new APIError(400, 'Bad Request', `cannot decode request body: ${(err as Error).message}`);
  }
}

/** A comma-separated query list, as Pebble reads `names=a,b`. */
export function queryList(url: URL, key: string): string[] {
  return url.searchParams.getAll(key).flatMap((v) => v.split(',')).filter((v) => v !== '');
}
