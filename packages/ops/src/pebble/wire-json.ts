import type { Change, CheckInfo, FileInfo, FileType, Notice, ServiceInfo, Task, Warning } from './types';

/**
 * Pebble's JSON for changes, files, notices and warnings, and the
 * conversions to and from the client's types (Dates, octal permission
 * strings, camelCase). Used by the socket client and by Pebble stand-ins.
 */
export type WireObject = Record<string, unknown>;

function date(value: unknown): Date {
  return new Date(String(value));
}

function optionalDate(value: unknown): Date | undefined {
  return typeof value === 'string' && value !== '' && !value.startsWith('0001-') ? new Date(value) : undefined;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A task from Pebble's JSON. */
export function taskFromWire(w: WireObject): Task {
  const progress = (w['progress'] ?? {}) as WireObject;
  const ready = optionalDate(w['ready-time']);
  return {
    id: str(w['id']),
    kind: str(w['kind']),
    summary: str(w['summary']),
    status: str(w['status']) as Task['status'],
    log: Array.isArray(w['log']) ? (w['log'] as string[]) : [],
    progress: { label: str(progress['label']), done: Number(progress['done'] ?? 0), total: Number(progress['total'] ?? 0) },
    spawnTime: date(w['spawn-time']),
    ...(ready === undefined ? {} : { readyTime: ready }),
    ...(w['data'] === undefined || w['data'] === null ? {} : { data: w['data'] as Record<string, unknown> }),
  };
}

/** A change from Pebble's JSON. */
export function changeFromWire(w: WireObject): Change {
  const ready = optionalDate(w['ready-time']);
  return {
    id: str(w['id']),
    kind: str(w['kind']),
    summary: str(w['summary']),
    status: str(w['status']) as Change['status'],
    tasks: Array.isArray(w['tasks']) ? (w['tasks'] as WireObject[]).map(taskFromWire) : [],
    ready: w['ready'] === true,
    ...(typeof w['err'] === 'string' && w['err'] !== '' ? { err: w['err'] } : {}),
    spawnTime: date(w['spawn-time']),
    ...(ready === undefined ? {} : { readyTime: ready }),
    ...(w['data'] === undefined || w['data'] === null ? {} : { data: w['data'] as Record<string, unknown> }),
  };
}

/** A change as Pebble's JSON. */
export function changeToWire(c: Change): WireObject {
  return {
    id: c.id,
    kind: c.kind,
    summary: c.summary,
    status: c.status,
    ready: c.ready,
    ...(c.err === undefined ? {} : { err: c.err }),
    'spawn-time': c.spawnTime.toISOString(),
    ...(c.readyTime === undefined ? {} : { 'ready-time': c.readyTime.toISOString() }),
    ...(c.data === undefined ? {} : { data: c.data }),
    tasks: c.tasks.map((t) => ({
      id: t.id,
      kind: t.kind,
      summary: t.summary,
      status: t.status,
      log: t.log,
      progress: t.progress,
      'spawn-time': t.spawnTime.toISOString(),
      ...(t.readyTime === undefined ? {} : { 'ready-time': t.readyTime.toISOString() }),
      ...(t.data === undefined ? {} : { data: t.data }),
    })),
  };
}

/** A file entry from Pebble's JSON (permissions are an octal string there). */
export function fileInfoFromWire(w: WireObject): FileInfo {
  const optional = (key: string, field: keyof FileInfo) => (w[key] === undefined || w[key] === null ? {} : { [field]: w[key] });
  return {
    path: str(w['path']),
    name: str(w['name']),
    type: (str(w['type']) || 'unknown') as FileType,
    ...optional('size', 'size'),
    permissions: parseInt(str(w['permissions']) || '0', 8),
    lastModified: date(w['last-modified']),
    ...optional('user-id', 'userId'),
    ...optional('user', 'user'),
    ...optional('group-id', 'groupId'),
    ...optional('group', 'group'),
  } as FileInfo;
}

/** A file entry as Pebble's JSON. */
export function fileInfoToWire(f: FileInfo): WireObject {
  return {
    path: f.path,
    name: f.name,
    type: f.type,
    ...(f.size === undefined ? {} : { size: f.size }),
    permissions: f.permissions.toString(8).padStart(3, '0'),
    'last-modified': f.lastModified.toISOString(),
    ...(f.userId === undefined ? {} : { 'user-id': f.userId }),
    ...(f.user === undefined ? {} : { user: f.user }),
    ...(f.groupId === undefined ? {} : { 'group-id': f.groupId }),
    ...(f.group === undefined ? {} : { group: f.group }),
  };
}

/** A notice from Pebble's JSON. */
export function noticeFromWire(w: WireObject): Notice {
  return {
    id: str(w['id']),
    userId: typeof w['user-id'] === 'number' ? w['user-id'] : null,
    type: str(w['type']),
    key: str(w['key']),
    firstOccurred: date(w['first-occurred']),
    lastOccurred: date(w['last-occurred']),
    lastRepeated: date(w['last-repeated']),
    occurrences: Number(w['occurrences'] ?? 0),
    lastData: (w['last-data'] ?? {}) as Record<string, string>,
    ...(typeof w['repeat-after'] === 'string' ? { repeatAfter: w['repeat-after'] } : {}),
    ...(typeof w['expire-after'] === 'string' ? { expireAfter: w['expire-after'] } : {}),
  };
}

/** A notice as Pebble's JSON. */
export function noticeToWire(n: Notice): WireObject {
  return {
    id: n.id,
    'user-id': n.userId ?? null,
    type: n.type,
    key: n.key,
    'first-occurred': n.firstOccurred.toISOString(),
    'last-occurred': n.lastOccurred.toISOString(),
    'last-repeated': n.lastRepeated.toISOString(),
    occurrences: n.occurrences,
    ...(Object.keys(n.lastData).length === 0 ? {} : { 'last-data': n.lastData }),
    ...(n.repeatAfter === undefined ? {} : { 'repeat-after': n.repeatAfter }),
    ...(n.expireAfter === undefined ? {} : { 'expire-after': n.expireAfter }),
  };
}

/** A warning from Pebble's JSON. */
export function warningFromWire(w: WireObject): Warning {
  const shown = optionalDate(w['last-shown']);
  return {
    message: str(w['message']),
    firstAdded: date(w['first-added']),
    lastAdded: date(w['last-added']),
    ...(shown === undefined ? {} : { lastShown: shown }),
    expireAfter: str(w['expire-after']),
    repeatAfter: str(w['repeat-after']),
  };
}

/** A service from Pebble's JSON. */
export function serviceInfoFromWire(w: WireObject): ServiceInfo {
  const since = optionalDate(w['current-since']);
  return {
    name: str(w['name']),
    startup: str(w['startup']) as ServiceInfo['startup'],
    current: str(w['current']) as ServiceInfo['current'],
    ...(since === undefined ? {} : { currentSince: since }),
  };
}

/** A service as Pebble's JSON. */
export function serviceInfoToWire(s: ServiceInfo): WireObject {
  return { name: s.name, startup: s.startup, current: s.current, ...(s.currentSince === undefined ? {} : { 'current-since': s.currentSince.toISOString() }) };
}

/** A check from Pebble's JSON (failures is omitted there when zero). */
export function checkInfoFromWire(w: WireObject): CheckInfo {
  return {
    name: str(w['name']),
    level: str(w['level']) as CheckInfo['level'],
    status: str(w['status']) as CheckInfo['status'],
    failures: Number(w['failures'] ?? 0),
    ...(w['successes'] === undefined ? {} : { successes: Number(w['successes']) }),
    threshold: Number(w['threshold'] ?? 0),
    startup: str(w['startup']) as CheckInfo['startup'],
    ...(typeof w['change-id'] === 'string' ? { changeId: w['change-id'] } : {}),
  };
}

/** A check as Pebble's JSON. */
export function checkInfoToWire(c: CheckInfo): WireObject {
  return {
    name: c.name,
    ...(c.level ? { level: c.level } : {}),
    startup: c.startup,
    status: c.status,
    ...(c.successes === undefined ? {} : { successes: c.successes }),
    ...(c.failures ? { failures: c.failures } : {}),
    threshold: c.threshold,
    ...(c.changeId === undefined ? {} : { 'change-id': c.changeId }),
  };
}
