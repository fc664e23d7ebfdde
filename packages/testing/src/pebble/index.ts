export { InMemoryPebble, type InMemoryPebbleOptions, type StartedExec, type ExecRecord, type SignalRecord, type CheckActionRecord, type PebbleExit } from './in-memory-pebble';
export { InMemoryPebbleClient } from './in-memory-pebble-client';
export type { ExecRequest, ExecResult, ExecHandler } from './exec-handlers';
export type { Ownership, FileEntry, WriteFileOptions, MakeDirOptions, ListOptions, FileStore } from './file-store';
export { FileTree, type FileTreeOptions } from './file-tree';
export { startPebbleServer, type PebbleServer } from './pebble-server';
