import type { Change, FileInfo, Notice } from '../../src/pebble/types';
import {
  changeFromWire, changeToWire, checkInfoFromWire, fileInfoFromWire, fileInfoToWire, noticeFromWire, noticeToWire, warningFromWire,
} from '../../src/pebble/wire-json';

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));

function aChange(): Change {
  return {
    id: '7',
    kind: 'exec',
    summary: 'Execute command "ls"',
    status: 'Done',
    ready: true,
    spawnTime: at(1),
    readyTime: at(2),
    tasks: [{ id: '8', kind: 'exec', summary: 's', status: 'Done', log: ['x'], progress: { label: '', done: 1, total: 1 }, spawnTime: at(1), data: { 'exit-code': 0 } }],
  };
}

describe('wire JSON', () => {
  it('round-trips a change, its tasks and dates', () => {
    expect(changeFromWire(changeToWire(aChange()))).toEqual(aChange());
  });

  it('reads Pebble\'s zero ready-time as not ready yet', () => {
    const wire = { ...changeToWire(aChange()), 'ready-time': '0001-01-01T00:00:00Z' };
    expect(changeFromWire(wire).readyTime).toBeUndefined();
  });

  it('reads file permissions as the octal string Pebble sends', () => {
    const info: FileInfo = { path: '/a', name: 'a', type: 'file', size: 3, permissions: 0o640, lastModified: at(3), userId: 0, user: 'root', groupId: 0, group: 'root' };
    expect(fileInfoToWire(info)['permissions']).toBe('640');
    expect(fileInfoFromWire(fileInfoToWire(info))).toEqual(info);
  });

  it('round-trips a notice', () => {
    const notice: Notice = {
      id: '1', userId: null, type: 'custom', key: 'example.com/a', firstOccurred: at(1), lastOccurred: at(2), lastRepeated: at(2), occurrences: 2, lastData: { k: 'v' },
    };
    expect(noticeFromWire(noticeToWire(notice))).toEqual(notice);
  });

  it('defaults check failures to 0, as Pebble omits them when zero', () => {
    expect(checkInfoFromWire({ name: 'up', level: 'alive', status: 'up', threshold: 3, startup: 'enabled' }).failures).toBe(0);
  });

  it('reads a warning', () => {
    const w = warningFromWire({ message: 'm', 'first-added': at(1).toISOString(), 'last-added': at(2).toISOString(), 'expire-after': '672h0m0s', 'repeat-after': '24h0m0s' });
    expect(w).toEqual({ message: 'm', firstAdded: at(1), lastAdded: at(2), expireAfter: '672h0m0s', repeatAfter: '24h0m0s' });
  });
});
