import { addLayerTo, combineLayers, mergeLayer } from '../../src/pebble/layers';
import { PlanError } from '../../src/pebble/plan-error';
import type { Layer, Service } from '../../src/pebble/types';

function service(fields: Partial<Service> = {}): Service {
  return { override: 'replace', command: '/bin/app', ...fields };
}

function layerWith(services: Record<string, Service>): Layer {
  return { services };
}

describe('combineLayers', () => {
  describe('when a later layer merges a service', () => {
    const cases: { field: string; base: Partial<Service>; extra: Partial<Service>; want: Partial<Service> }[] = [
      { field: 'command', base: { command: '/a' }, extra: { command: '/b' }, want: { command: '/b' } },
      { field: 'startup', base: { startup: 'disabled' }, extra: { startup: 'enabled' }, want: { startup: 'enabled' } },
      { field: 'summary kept when unset', base: { summary: 's' }, extra: {}, want: { summary: 's' } },
      { field: 'after', base: { after: ['a', 'b'] }, extra: { after: ['b', 'c'] }, want: { after: ['a', 'b', 'c'] } },
      { field: 'before', base: { before: ['x'] }, extra: { before: ['x'] }, want: { before: ['x'] } },
      { field: 'requires', base: {}, extra: { requires: ['db'] }, want: { requires: ['db'] } },
      {
        field: 'environment',
        base: { environment: { A: '1', B: '2' } },
        extra: { environment: { B: '3', C: '4' } },
        want: { environment: { A: '1', B: '3', C: '4' } },
      },
      { field: 'user-id', base: { 'user-id': 1 }, extra: { 'user-id': 2 }, want: { 'user-id': 2 } },
      { field: 'kill-delay', base: {}, extra: { 'kill-delay': '5s' }, want: { 'kill-delay': '5s' } },
    ];
    it.each(cases)('combines $field', ({ base, extra, want }) => {
      const plan = combineLayers([
        layerWith({ svc: service(base) }),
        layerWith({ svc: { override: 'merge', ...extra } }),
      ]);
      expect(plan.services['svc']).toMatchObject(want);
      expect(plan.services['svc']?.override).toBe('merge');
    });
  });

  describe('when a later layer replaces a service', () => {
    it('drops every field of the earlier entry', () => {
      const plan = combineLayers([
        layerWith({ svc: service({ environment: { A: '1' }, after: ['x'] }) }),
        layerWith({ svc: service({ command: '/new' }) }),
      ]);
      expect(plan.services['svc']).toEqual({ override: 'replace', command: '/new' });
    });
  });

  describe('when a merge names a service no earlier layer has', () => {
    it('adds it as given', () => {
      const plan = combineLayers([layerWith({ svc: { override: 'merge', command: '/x' } })]);
      expect(plan.services['svc']).toEqual({ override: 'merge', command: '/x' });
    });
  });

  describe('when an entry has no override', () => {
    it('refuses the layer, naming the layer and the service', () => {
      const layers = [{ label: 'base', order: 1, layer: layerWith({ svc: { command: '/x' } }) }];
      expect(() => combineLayers(layers)).toThrow(PlanError);
      expect(() => combineLayers(layers)).toThrow('layer "base" must define "override" for service "svc"');
    });
  });

  describe('when an override value is unknown', () => {
    it('refuses it', () => {
      const bad = { override: 'append', command: '/x' } as unknown as Service;
      expect(() => combineLayers([layerWith({ svc: bad })])).toThrow('invalid "override" value "append"');
    });
  });

  describe('when the plan has a service without a command', () => {
    it('refuses it as Pebble does', () => {
      expect(() => combineLayers([layerWith({ svc: { override: 'replace' } })])).toThrow(
        'plan must define "command" for service "svc"',
      );
    });
  });

  describe('checks', () => {
    it('fills in the default threshold and, like Pebble, shows no default period or timeout', () => {
      const plan = combineLayers([{ checks: { up: { override: 'replace', tcp: { port: 80 } } } }]);
      expect(plan.checks['up']).toEqual({ override: 'replace', tcp: { port: 80 }, threshold: 3 });
    });

    it('merges http headers field by field', () => {
      const plan = combineLayers([
        { checks: { h: { override: 'replace', http: { url: 'http://a', headers: { X: '1' } } } } },
        { checks: { h: { override: 'merge', level: 'ready', http: { headers: { Y: '2' } } } } },
      ]);
      expect(plan.checks['h']?.http).toEqual({ url: 'http://a', headers: { X: '1', Y: '2' } });
      expect(plan.checks['h']?.level).toBe('ready');
    });

    it('refuses a check with two kinds', () => {
      const layer: Layer = { checks: { c: { override: 'replace', tcp: { port: 1 }, exec: { command: 'true' } } } };
      expect(() => combineLayers([layer])).toThrow('plan must specify one of "http", "tcp", or "exec" for check "c"');
    });

    it('refuses an http check without a url', () => {
      expect(() => combineLayers([{ checks: { h: { override: 'replace', http: {} } } }])).toThrow(
        'plan must set "url" for http check "h"',
      );
    });

    it('refuses an unknown on-check-failure action', () => {
      const layer = layerWith({ svc: service({ 'on-check-failure': { up: 'reboot' as 'restart' } }) });
      expect(() => combineLayers([layer])).toThrow('plan service "svc" on-check-failure action "reboot" invalid');
    });

    it.each([
      ['on-success', 'success-shutdown'],
      ['on-failure', 'failure-shutdown'],
    ] as const)('refuses %s: %s, as Pebble does (it could never mean anything there)', (key, action) => {
      const layer = layerWith({ svc: service({ [key]: action }) });
      expect(() => combineLayers([layer])).toThrow(`plan service "svc" ${key} action "${action}" invalid`);
    });

    it('refuses failure-shutdown on a failed check, and takes success-shutdown', () => {
      expect(() => combineLayers([layerWith({ svc: service({ 'on-check-failure': { up: 'failure-shutdown' } }) })])).toThrow(
        'plan service "svc" on-check-failure action "failure-shutdown" invalid',
      );
      expect(() => combineLayers([layerWith({ svc: service({ 'on-check-failure': { up: 'success-shutdown' }, 'on-success': 'failure-shutdown', 'on-failure': 'success-shutdown' }) })])).not.toThrow();
    });
  });

  describe('log targets', () => {
    it('appends services and merges labels', () => {
      const plan = combineLayers([
        { 'log-targets': { loki: { override: 'replace', type: 'loki', location: 'http://l', services: ['a'], labels: { x: '1' } } } },
        { 'log-targets': { loki: { override: 'merge', services: ['b'], labels: { y: '2' } } } },
      ]);
      expect(plan['log-targets']['loki']).toMatchObject({ services: ['a', 'b'], labels: { x: '1', y: '2' }, location: 'http://l' });
    });
  });

  it('does not share arrays with the caller\'s layers', () => {
    const first = layerWith({ svc: service({ after: ['a'] }) });
    const plan = combineLayers([first, layerWith({ svc: { override: 'merge', after: ['b'] } })]);
    expect(first.services?.['svc']?.after).toEqual(['a']);
    expect(plan.services['svc']?.after).toEqual(['a', 'b']);
  });
});

describe('mergeLayer', () => {
  it('combines two layers into one that means the same in a plan', () => {
    const base = layerWith({ a: service({ environment: { A: '1' } }) });
    const extra: Layer = { summary: 'new', services: { a: { override: 'merge', environment: { B: '2' } }, b: service() } };
    const merged = mergeLayer(base, extra);
    expect(merged.summary).toBe('new');
    expect(combineLayers([merged])).toEqual(combineLayers([base, extra]));
  });
});

describe('addLayerTo', () => {
  const base = () => [{ label: 'base', order: 1, layer: layerWith({ a: service() }) }];

  describe('when the label is new', () => {
    it('appends it with the next order', () => {
      const next = addLayerTo(base(), 'extra', layerWith({ b: service() }), false);
      expect(next.map((l) => [l.label, l.order])).toEqual([['base', 1], ['extra', 2]]);
    });
  });

  describe('when the label exists and combine is set', () => {
    it('combines into it in place', () => {
      const next = addLayerTo(base(), 'base', layerWith({ a: { override: 'merge', startup: 'enabled' } }), true);
      expect(next).toHaveLength(1);
      expect(next[0]?.layer.services?.['a']).toMatchObject({ command: '/bin/app', startup: 'enabled' });
    });
  });

  describe('when the label exists without combine', () => {
    it('refuses it and says how to combine', () => {
      expect(() => addLayerTo(base(), 'base', layerWith({}), false)).toThrow('layer "base" already exists (pass combine: true');
    });
  });

  describe('when the resulting plan is invalid', () => {
    it('throws and leaves the list untouched', () => {
      const layers = base();
      expect(() => addLayerTo(layers, 'bad', layerWith({ c: { override: 'replace' } }), false)).toThrow(PlanError);
      expect(layers).toHaveLength(1);
    });
  });

  it('refuses the reserved pebble- prefix', () => {
    expect(() => addLayerTo([], 'pebble-x', {}, false)).toThrow('reserved label prefix');
  });
});
