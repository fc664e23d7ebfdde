import type { Layer, ServiceStatus } from '@jujuts/ops/pebble';
import { deepFreeze, thaw } from './deep-freeze';
import type { CheckState, ContainerState, ExecSpec, NoticeState } from './state-types';

/** A container for a State: only the name is required. */
export interface ContainerInput {
  name: string;
  /** Default true: a container in the State is up unless the test says otherwise. */
  canConnect?: boolean | undefined;
  layers?: Readonly<Record<string, Layer>> | undefined;
  serviceStatuses?: Readonly<Record<string, ServiceStatus>> | undefined;
  filesystem?: Readonly<Record<string, string>> | undefined;
  execs?: readonly ExecSpec[] | undefined;
  notices?: readonly (Partial<NoticeState> & { key: string })[] | undefined;
  checks?: readonly CheckState[] | undefined;
}

/** A complete container from its input (copied; the input is not frozen). */
export function completeContainer(input: ContainerInput): ContainerState {
  const copy = thaw(input);
  return {
    name: copy.name,
    canConnect: copy.canConnect ?? true,
    layers: (copy.layers ?? {}) as Record<string, Layer>,
    serviceStatuses: (copy.serviceStatuses ?? {}) as Record<string, ServiceStatus>,
    filesystem: (copy.filesystem ?? {}) as Record<string, string>,
    execs: (copy.execs ?? []) as ExecSpec[],
    notices: (copy.notices ?? []).map((n) => ({ type: n.type ?? 'custom', key: n.key, data: { ...(n.data ?? {}) } })),
    checks: (copy.checks ?? []) as CheckState[],
  };
}

/**
 * A workload container for `createState({ containers: [...] })`, reachable
 * (`canConnect`) unless told otherwise.
 *
 * @example
 * ```ts
 * const web = container('web', { layers: { base: layer }, serviceStatuses: { nginx: 'active' }, filesystem: { '/etc/web.conf': 'port 80' } });
 * ```
 */
export function container(name: string, options: Omit<ContainerInput, 'name'> = {}): ContainerState {
  return deepFreeze(completeContainer({ ...options, name }));
}
