import type { IncomingMessage } from 'node:http';
import { stringify } from 'yaml';
import { APIError, changeToWire, checkInfoToWire, noticeToWire, parseDuration, serviceInfoToWire } from '@jujuts/ops/pebble';
import type { CheckLevel, ChangeState } from '@jujuts/ops/pebble';
import type { InMemoryPebble } from './in-memory-pebble';
import { parseRepeatAfter } from './notice-store';
import { queryList, readJson, type RouteResult } from './server-response';

/** A JSON route: the request, its URL, the path's captured groups. */
export type Route = (pebble: InMemoryPebble, req: IncomingMessage, url: URL, params: string[]) => Promise<RouteResult>;

async function waitChange(pebble: InMemoryPebble, url: URL, id: string): Promise<RouteResult> {
  pebble.changes.get(id);
  const text = url.searchParams.get('timeout') ?? '';
  const timeout = text === '' ? 0 : parseDuration(text);
  if (timeout === undefined) throw new APIError(400, 'Bad Request', `invalid timeout: time: invalid duration "${text}"`);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'timeout'>((resolve) => {
    if (timeout > 0) timer = setTimeout(() => resolve('timeout'), timeout);
  });
  const outcome = await Promise.race([pebble.changes.whenReady(id), expired]).finally(() => clearTimeout(timer));
  if (outcome === 'timeout') throw new APIError(504, 'Gateway Timeout', `timed out waiting for change after ${text}`);
  return { sync: changeToWire(outcome) };
}

/** Pebble's JSON endpoints other than files and exec, keyed by `METHOD /path-regex`. */
export const ROUTES: [string, RegExp, Route][] = [
  ['GET', /^\/v1\/system-info$/, async (p) => ({ sync: { version: p.systemInfo().version } })],
  ['GET', /^\/v1\/warnings$/, async () => ({ sync: [] })],
  ['POST', /^\/v1\/warnings$/, async () => ({ sync: 0 })],
  [
    'GET',
    /^\/v1\/changes$/,
    async (p, _r, url) => ({
      sync: p.changes.list((url.searchParams.get('select') ?? 'in-progress') as ChangeState, url.searchParams.get('for') ?? undefined).map(changeToWire),
    }),
  ],
  ['GET', /^\/v1\/changes\/([^/]+)$/, async (p, _r, _u, [id]) => ({ sync: changeToWire(p.changes.get(id ?? '')) })],
  ['GET', /^\/v1\/changes\/([^/]+)\/wait$/, async (p, _r, url, [id]) => waitChange(p, url, id ?? '')],
  [
    'POST',
    /^\/v1\/changes\/([^/]+)$/,
    async (p, req, _u, [id]) => {
      const body = await readJson(req);
      if (body['action'] !== 'abort') throw new APIError(400, 'Bad Request', `invalid action ${JSON.stringify(body['action'])}`);
      return { sync: changeToWire(p.changes.abort(id ?? '')) };
    },
  ],
  [
    'POST',
    /^\/v1\/services$/,
    async (p, req) => {
      const body = await readJson(req);
      const action = String(body['action']);
      if (!['start', 'stop', 'restart', 'replan', 'autostart'].includes(action)) {
        throw new APIError(400, 'Bad Request', `action "${action}" is unsupported`);
      }
      const names = Array.isArray(body['services']) ? (body['services'] as string[]) : [];
      return { async: p.serviceAction(action as 'start', names).id };
    },
  ],
  [
    'POST',
    /^\/v1\/layers$/,
    async (p, req) => {
      const body = await readJson(req);
      if (body['action'] !== 'add') throw new APIError(400, 'Bad Request', `invalid action ${JSON.stringify(body['action'])}`);
      if (body['format'] !== 'yaml') throw new APIError(400, 'Bad Request', `invalid format ${JSON.stringify(body['format'])}`);
      p.addLayer(String(body['label'] ?? ''), String(body['layer'] ?? ''), body['combine'] === true);
      return { sync: true };
    },
  ],
  ['GET', /^\/v1\/plan$/, async (p) => ({ sync: stringify(p.plan) })],
  [
    'GET',
    /^\/v1\/services$/,
    async (p, _r, url) => ({
      sync: p.services.list(queryList(url, 'names')).map(serviceInfoToWire),
    }),
  ],
  [
    'GET',
    /^\/v1\/checks$/,
    async (p, _r, url) => ({
      sync: p.checks.list((url.searchParams.get('level') ?? undefined) as CheckLevel | undefined, queryList(url, 'names')).map(checkInfoToWire),
    }),
  ],
  [
    'POST',
    /^\/v1\/checks$/,
    async (p, req) => {
      const body = await readJson(req);
      const names = Array.isArray(body['checks']) ? (body['checks'] as string[]) : [];
      if (body['action'] === 'start') return { sync: { changed: p.checks.start(names) } };
      if (body['action'] === 'stop') return { sync: { changed: p.checks.stop(names) } };
      throw new APIError(400, 'Bad Request', `invalid action ${JSON.stringify(body['action'])}`);
    },
  ],
  [
    'POST',
    /^\/v1\/signals$/,
    async (p, req) => {
      const body = await readJson(req);
      p.sendSignal(String(body['signal'] ?? ''), Array.isArray(body['services']) ? (body['services'] as string[]) : []);
      return { sync: true };
    },
  ],
  [
    'GET',
    /^\/v1\/notices$/,
    async (p, _r, url) => {
      const after = url.searchParams.get('after');
      const userId = url.searchParams.get('user-id');
      const users = url.searchParams.get('users');
      const notices = p.notices.list({
        types: queryList(url, 'types'),
        keys: queryList(url, 'keys'),
        ...(after === null ? {} : { after: new Date(after) }),
        ...(userId === null ? {} : { userId: Number(userId) }),
        ...(users === 'all' ? { users: 'all' as const } : {}),
      });
      return { sync: notices.map(noticeToWire) };
    },
  ],
  ['GET', /^\/v1\/notices\/([^/]+)$/, async (p, _r, _u, [id]) => ({ sync: noticeToWire(p.notices.get(id ?? '')) })],
  [
    'POST',
    /^\/v1\/notices$/,
    async (p, req) => {
      const body = await readJson(req);
      if (body['action'] !== 'add') throw new APIError(400, 'Bad Request', `invalid action ${JSON.stringify(body['action'])}`);
      const repeatAfter = parseRepeatAfter(typeof body['repeat-after'] === 'string' ? body['repeat-after'] : undefined);
      const data = (body['data'] ?? {}) as Record<string, string>;
      return { sync: { id: p.notices.notify(String(body['type']), String(body['key']), data, repeatAfter) } };
    },
  ],
];
