export { runDispatchProcess, type DispatchProcessInput, type DispatchProcessResult } from './run-dispatch-process';
export { startSimPebbles, PEBBLE_SOCKET_DIR_ENV, type SimPebbles, type SimPebblesInput } from './sim-pebbles';
export { snapshotPebble, restorePebble, type PebbleSnapshot } from './sim-pebble-snapshot';
export { readPebbleState, writePebbleState } from './sim-pebble-state';
