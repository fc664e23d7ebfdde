import { validatePlan } from '@jujuts/ops/pebble';
import { WebConfig } from '../src/config';
import { buildLayer } from '../src/layer';

/** A config as the charm would get it, with some options changed. */
function config(values: Partial<WebConfig> = {}): WebConfig {
  return Object.assign(new WebConfig(), values);
}

describe('buildLayer', () => {
  it('runs the app on the configured port and log level', () => {
    const layer = buildLayer(config({ port: 9000, logLevel: 'warning' }));
    expect(layer.services?.['webapp']).toMatchObject({
      override: 'replace',
      startup: 'enabled',
      command: '/usr/local/bin/webapp --port 9000 --log-level warning',
    });
  });

  it('passes the greeting through the environment, never the command line', () => {
    const layer = buildLayer(config({ greeting: 'hello; rm -rf /' }));
    expect(layer.services?.['webapp']?.environment).toEqual({ WEBAPP_GREETING: 'hello; rm -rf /' });
    expect(layer.services?.['webapp']?.command).not.toContain('hello');
  });

  it('health-checks the same port over HTTP', () => {
    const check = buildLayer(config({ port: 1234 })).checks?.['webapp-up'];
    expect(check).toMatchObject({ level: 'alive', threshold: 3, http: { url: 'http://localhost:1234/health' } });
  });

  it('is a layer Pebble accepts', () => {
    const layer = buildLayer(config());
    expect(() => validatePlan({ services: layer.services ?? {}, checks: layer.checks ?? {}, 'log-targets': {} })).not.toThrow();
  });
});
