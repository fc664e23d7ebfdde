import { CharmMetaError } from '../../src/errors/charm-errors';

/** A Kubernetes charm in the unified format: containers, mounts, an image, endpoints, config, actions. */
export function k8sCharmcraftYaml(): string {
  return `name: web
type: charm
summary: A web server
description: |
  Serves the web.
assumes:
  - k8s-api
  - juju >= 3.4
requires:
  db:
    interface: postgresql_client
    limit: 1
  logging:
    interface: loki_push_api
    optional: true
provides:
  metrics:
    interface: prometheus_scrape
peers:
  cluster:
    interface: web_peers
containers:
  web:
    resource: web-image
    mounts:
      - storage: data
        location: /srv/data
storage:
  data:
    type: filesystem
    location: /srv/data
resources:
  web-image:
    type: oci-image
    description: The web server image
extra-bindings:
  admin-api:
config:
  options:
    log-level:
      type: string
      default: info
      description: How much to log
    port:
      type: int
      default: 8080
    ratio:
      type: float
      default: 0.5
    debug:
      type: boolean
      default: false
    api-key:
      type: secret
actions:
  backup:
    description: Back up the database
    params:
      path:
        type: string
      compress:
        type: boolean
    required: [path]
    additionalProperties: false
    execution-group: db
    parallel: true
  restart: {}
`;
}

/** A machine charm in the unified format with block and multiple storage and a file resource. */
export function machineCharmcraftYaml(): string {
  return `name: db-machine
subordinate: false
provides:
  database:
    interface: mysql
storage:
  data:
    type: block
    multiple:
      range: 1-10
    minimum-size: 10G
  logs:
    type: filesystem
    location: /var/log/db
    shared: true
    read-only: true
    multiple:
      range: 2+
    properties: [transient]
  scratch:
    type: filesystem
    multiple:
      range: 3
resources:
  tool:
    type: file
    filename: tool.tar.gz
`;
}

/** The legacy trio: metadata.yaml, config.yaml and actions.yaml. */
export function legacyTrio(): { metadata: string; config: string; actions: string } {
  return {
    metadata: `name: legacy
summary: An old-style charm
requires:
  db: mysql
peers:
  replicas:
    interface: legacy_peers
`,
    config: `options:
  port:
    type: int
    default: 80
`,
    actions: `backup:
  description: Back up
  params:
    target:
      type: string
`,
  };
}

/** A minimal unified charmcraft.yaml with `body` after the name line (line 2 onwards). */
export function charmcraft(body: string): string {
  return `name: demo\n${body}`;
}

/** The CharmMetaError `fn` throws; fails the test when it throws something else or nothing. */
export function metaError(fn: () => unknown): CharmMetaError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CharmMetaError);
    return e as CharmMetaError;
  }
  throw new Error('expected a CharmMetaError, nothing was thrown');
}
