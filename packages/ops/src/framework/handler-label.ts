import type { HandlerRecord } from './handler-record';

/** A handler's defer-queue id and message name. */
export interface HandlerLabel {
  readonly className: string;
  readonly id: string;
  readonly where: string;
}

// The same few strings on every hook (a new charm instance each time): built
// once per record and path rather than twice per handler per hook.
const labels = new WeakMap<HandlerRecord, Map<string, HandlerLabel>>();

/** The label of `record` on an owner of class `className` attached at `path`. */
export function labelOf(record: HandlerRecord, path: string, className: string): HandlerLabel {
  let byPath = labels.get(record);
  if (!byPath) labels.set(record, (byPath = new Map()));
  let label = byPath.get(path);
  if (label?.className !== className) {
    label = { className, id: `${path}.${record.method}`, where: `${className}.${record.method}` };
    byPath.set(path, label);
  }
  return label;
}
