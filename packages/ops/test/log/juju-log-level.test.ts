import { jujuLevelOf } from '../../src/log/juju-log-level';

describe('jujuLevelOf', () => {
  it.each([
    [10, 'TRACE'],
    [20, 'DEBUG'],
    [30, 'INFO'],
    [40, 'WARNING'],
    [50, 'ERROR'],
    [60, 'CRITICAL'],
    [35, 'WARNING'],
  ])('maps pino level %d to %s', (n, level) => {
    expect(jujuLevelOf(n)).toBe(level);
  });
});
