import { ConfigData } from '../../src/model/config-data';
import { FakeBackend } from './support/fake-backend';

function makeConfig(values: Record<string, string | number | boolean>) {
  const backend = new FakeBackend();
  backend.config = values;
  return { backend, config: new ConfigData(backend) };
}

describe('config data', () => {
  it('reads config-get on first access only', () => {
    const { backend, config } = makeConfig({ 'log-level': 'info', port: 8080, debug: false });
    expect(backend.calls).toEqual([]);
    expect(config.get('log-level')).toBe('info');
    expect(config.get('port')).toBe(8080);
    expect(config.get('debug')).toBe(false);
    expect(config.has('missing')).toBe(false);
    expect(backend.callsTo('configGet')).toHaveLength(1);
  });

  it('behaves as a read-only map', () => {
    const { config } = makeConfig({ a: 'x', b: 2 });
    expect(config.size).toBe(2);
    expect([...config.keys()]).toEqual(['a', 'b']);
    expect([...config.values()]).toEqual(['x', 2]);
    expect([...config]).toEqual([
      ['a', 'x'],
      ['b', 2],
    ]);
    const seen: string[] = [];
    config.forEach((v, k) => seen.push(`${k}=${String(v)}`));
    expect(seen).toEqual(['a=x', 'b=2']);
    expect(config.toObject()).toEqual({ a: 'x', b: 2 });
    expect((config as unknown as { set?: unknown }).set).toBeUndefined();
  });
});
