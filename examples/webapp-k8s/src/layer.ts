import type { Layer } from '@jujuts/ops/pebble';
import type { WebConfig } from './config';

/** The Pebble service that runs the web app. */
export const SERVICE = 'webapp';
/** The Pebble health check on the web app's HTTP port. */
export const CHECK = 'webapp-up';
/** The label of the charm's layer in Pebble. */
export const LAYER_LABEL = 'webapp';

/**
 * The charm's Pebble layer for `config`. Everything the service depends on
 * is in the layer, so `replan` restarts it exactly when config changed it.
 */
export function buildLayer(config: WebConfig): Layer {
  return {
    summary: 'web app',
    description: 'The web app, configured by the webapp-k8s charm.',
    services: {
      [SERVICE]: {
        override: 'replace',
        summary: 'web app',
        command: `/usr/local/bin/webapp --port ${config.port} --log-level ${config.logLevel}`,
        startup: 'enabled',
        environment: { WEBAPP_GREETING: config.greeting },
      },
    },
    checks: {
      [CHECK]: {
        override: 'replace',
        level: 'alive',
        period: '10s',
        threshold: 3,
        http: { url: `http://localhost:${config.port}/health` },
      },
    },
  };
}
