import { layerToYaml, parseLayer } from '../../src/pebble/layer-yaml';
import { PlanError } from '../../src/pebble/plan-error';

describe('parseLayer', () => {
  it('reads a layer with Pebble\'s kebab-case fields', () => {
    const layer = parseLayer('services:\n  web:\n    override: replace\n    command: /bin/web\n    working-dir: /srv\n');
    expect(layer.services?.['web']).toEqual({ override: 'replace', command: '/bin/web', 'working-dir': '/srv' });
  });

  it('reads an empty document as an empty layer', () => {
    expect(parseLayer('')).toEqual({});
  });

  it.each([
    ['a list', '- a\n- b\n'],
    ['broken YAML', 'services: [\n'],
  ])('refuses %s with PlanError', (_what, text) => {
    expect(() => parseLayer(text)).toThrow(PlanError);
  });

  it('round-trips through layerToYaml', () => {
    const layer = { summary: 's', checks: { up: { override: 'merge' as const, tcp: { port: 80 } } } };
    expect(parseLayer(layerToYaml(layer))).toEqual(layer);
  });
});
