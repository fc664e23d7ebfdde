import { deepCopy } from './deep-copy';
import { APIError, parseDuration } from '@jujuts/ops/pebble';
import type { Notice, NoticesFilter } from '@jujuts/ops/pebble';

/** Pebble's rule for custom notice keys: a domain, then a path. */
const CUSTOM_KEY = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+(\/[a-z0-9]+(-[a-z0-9]+)*)+$/;

/** What a new occurrence of a notice carries. */
export interface NoticeOccurrence {
  type: string;
  key: string;
  data?: Record<string, string>;
  /** Milliseconds during which a new occurrence does not count as repeated. */
  repeatAfter?: number;
  /** Null for public notices (checks, changes); the charm runs as root (0). */
  userId?: number | null;
}

/** Notices of the in-memory Pebble, deduplicated by (type, key, user) with occurrence counts, as Pebble does. */
export class NoticeStore {
  private readonly notices: Notice[] = [];
  private nextId = 1;

  constructor(private readonly now: () => Date) {}

  /** Validates a custom notice as `POST /v1/notices` does, then records it; returns its id. */
  notify(type: string, key: string, data: Record<string, string> = {}, repeatAfter?: number): string {
    if (type !== 'custom') throw new APIError(400, 'Bad Request', `invalid type "${type}" (can only add "custom" notices)`);
    if (!CUSTOM_KEY.test(key)) {
      throw new APIError(400, 'Bad Request', `invalid key "${key}" (must be in "example.com/path" format)`);
    }
    if (key.length > 256) throw new APIError(400, 'Bad Request', 'key must be 256 bytes or less');
    return this.record({ type, key, data, userId: 0, ...(repeatAfter === undefined ? {} : { repeatAfter }) }).id;
  }

  /** Records an occurrence of any notice type (no validation): how tests and checks add notices. */
  record(occurrence: NoticeOccurrence): Notice {
    const time = this.now();
    const userId = occurrence.userId ?? null;
    const existing = this.notices.find((n) => n.type === occurrence.type && n.key === occurrence.key && n.userId === userId);
    if (existing === undefined) {
      const notice: Notice = {
        id: String(this.nextId++),
        userId,
        type: occurrence.type,
        key: occurrence.key,
        firstOccurred: time,
        lastOccurred: time,
        lastRepeated: time,
        occurrences: 1,
        lastData: { ...(occurrence.data ?? {}) },
      };
      this.notices.push(notice);
      return deepCopy(notice);
    }
    const repeatAfter = occurrence.repeatAfter ?? 0;
    if (time.getTime() - existing.lastRepeated.getTime() >= repeatAfter) existing.lastRepeated = time;
    existing.lastOccurred = time;
    existing.occurrences += 1;
    existing.lastData = { ...(occurrence.data ?? {}) };
    return deepCopy(existing);
  }

  /** `GET /v1/notices`: filtered, in order of last repeat. */
  list(filter: NoticesFilter = {}): Notice[] {
    if (filter.users !== undefined && filter.userId !== undefined) {
      throw new APIError(400, 'Bad Request', 'cannot use both "users" and "user-id" parameters');
    }
    return this.notices
      .filter((n) => filter.types === undefined || filter.types.length === 0 || filter.types.includes(n.type))
      .filter((n) => filter.keys === undefined || filter.keys.length === 0 || filter.keys.includes(n.key))
      .filter((n) => filter.after === undefined || n.lastRepeated.getTime() > filter.after.getTime())
      .filter((n) => filter.userId === undefined || n.userId === filter.userId || n.userId === null)
      .sort((a, b) => a.lastRepeated.getTime() - b.lastRepeated.getTime())
      .map((n) => deepCopy(n));
  }

  /** `GET /v1/notices/{id}`: APIError 404 when absent. */
  get(id: string): Notice {
    const notice = this.notices.find((n) => n.id === id);
    if (notice === undefined) throw new APIError(404, 'Not Found', `cannot find notice with ID "${id}"`, 'not-found');
    return deepCopy(notice);
  }
}

/** Parses Pebble's `repeat-after` field, refusing bad values as Pebble does. */
export function parseRepeatAfter(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const ms = parseDuration(text);
  if (ms === undefined) throw new APIError(400, 'Bad Request', `invalid repeat-after: time: invalid duration "${text}"`);
  return ms;
}
