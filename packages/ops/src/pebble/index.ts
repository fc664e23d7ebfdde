export type * from './types';
export type * from './pebble-client';
export type * from './exec-types';
export { PebbleError, APIError, ConnectionError, ProtocolError, PathError, ChangeError, TimeoutError, ExecError } from './errors';
export { PlanError } from './plan-error';
export { combineLayers, mergeLayer, addLayerTo, validatePlan } from './layers';
export { parseLayer, layerToYaml } from './layer-yaml';
export { parseDuration, formatDuration } from './duration';
export { StreamExecProcess, type ExecStreams } from './exec-process';
