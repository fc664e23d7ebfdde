import '../../src/matchers';
import { createState } from '../../src/context';
import { webContext } from '../context/context-fixture';
import { failure } from './matcher-fixture';

const outputs = { jujuLog: [{ level: 'INFO', message: 'configured on port 80' }, { level: 'ERROR', message: 'disk full' }] };

describe('toHaveLogged', () => {
  it('passes on a substring of any line', () => {
    expect(outputs).toHaveLogged('port 80');
  });

  it('passes on a pattern', () => {
    expect(outputs).toHaveLogged(/disk \w+/);
  });

  it('checks the level when given', () => {
    expect(outputs).toHaveLogged('error', 'disk full');
    expect(outputs).not.toHaveLogged('INFO', 'disk full');
  });

  it('fails listing the log', () => {
    expect(failure(() => expect(outputs).toHaveLogged('WARNING', 'disk'))).toBe(
      'expected a juju-log line matching WARNING "disk"; the log holds:\n  INFO configured on port 80\n  ERROR disk full',
    );
  });

  it('fails on an empty log saying so', () => {
    expect(failure(() => expect({ jujuLog: [] }).toHaveLogged('x'))).toBe('expected a juju-log line matching "x"; the log holds:\n  (no lines)');
  });

  it('works on a Context after a run', async () => {
    const ctx = webContext();
    await ctx.run(ctx.on.configChanged(), createState({ config: { port: 81 } }));
    expect(ctx).toHaveLogged('INFO', 'configured on port 81');
  });

  it('refuses what has no log', () => {
    expect(() => expect(createState()).toHaveLogged('x')).toThrow('toHaveLogged: expected a Context or its outputs (with jujuLog), got object');
  });
});
