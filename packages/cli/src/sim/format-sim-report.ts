import type { PebbleSnapshot, DispatchProcessResult, FakeJujuDocument, JujuState, StatusState } from '@jujuts/testing';
import { describeRelationChanges } from './relation-diff';

/** Everything one simulated hook produced, to print. */
export interface SimReportInput {
  readonly title: string;
  readonly path: string;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
  readonly before: FakeJujuDocument;
  readonly result: DispatchProcessResult;
  readonly pebble: Readonly<Record<string, PebbleSnapshot>>;
  /** Per container, the Pebble changes of this hook (replan, start, exec, …). */
  readonly pebbleChanges?: Readonly<Record<string, readonly string[]>> | undefined;
  /** Containers whose Pebble was not up yet. */
  readonly unreachable?: readonly string[] | undefined;
}

const status = (s: StatusState): string => `${s.status}${s.message ? ` (${s.message})` : ''}`;

/**
 * The readable report of one hook: the event, the hook commands the charm
 * ran, its logs, what changed (status, relation data, ports, secrets,
 * workload version), action results, the Pebble services, and the exit code.
 */
export function formatSimReport(input: SimReportInput): string {
  const { result, before } = input;
  const after = result.document;
  const lines: string[] = [`▶ ${input.path}${input.params ? ` ${JSON.stringify(input.params)}` : ''}`];
  for (const c of result.commands) if (c.command !== 'juju-log') lines.push(`    $ ${c.command} ${c.args.join(' ')}`.trimEnd());
  for (const l of result.logs) lines.push(`    log ${l.level}: ${l.message.split('\n')[0] ?? ''}`);
  lines.push(...changeLines(before.state, after.state, result.exitCode === 0));
  if (input.path.startsWith('actions/')) lines.push(`    ${actionOutcome(result)}`);
  for (const [name, changes] of Object.entries(input.pebbleChanges ?? {})) {
    for (const change of changes) lines.push(`    pebble ${name} change: ${change}`);
  }
  for (const [name, snap] of Object.entries(input.pebble)) {
    const services = Object.entries(snap.services).map(([n, s]) => `${n} ${s}`);
    lines.push(`    pebble ${name}: ${services.length > 0 ? services.join(', ') : 'no services'} (${snap.layers.length} layer${snap.layers.length === 1 ? '' : 's'})`);
  }
  for (const name of input.unreachable ?? []) lines.push(`    pebble ${name}: not up yet (it answers from its first ${name}-pebble-ready)`);
  lines.push(exitLine(result));
  if (result.exitCode !== 0) for (const l of tail(result.stderr)) lines.push(`    stderr: ${l}`);
  return `${lines.join('\n')}\n`;
}

function changeLines(before: JujuState, after: JujuState, committed: boolean): string[] {
  const lines: string[] = [];
  if (!committed) return lines;
  const unit = before.unitStatus.status !== after.unitStatus.status || before.unitStatus.message !== after.unitStatus.message;
  lines.push(`    unit status: ${unit ? `${status(before.unitStatus)} → ` : ''}${status(after.unitStatus)}`);
  if (before.appStatus.status !== after.appStatus.status || before.appStatus.message !== after.appStatus.message) {
    lines.push(`    app status: ${status(before.appStatus)} → ${status(after.appStatus)}`);
  }
  if (before.workloadVersion !== after.workloadVersion) lines.push(`    workload version: ${after.workloadVersion}`);
  const ports = (s: JujuState): string[] => s.openedPorts.map((p) => JSON.stringify(p));
  const opened = ports(after).filter((p) => !ports(before).includes(p));
  const closed = ports(before).filter((p) => !ports(after).includes(p));
  if (opened.length + closed.length > 0) {
    lines.push(`    ports: ${[...opened.map((p) => `+${portText(p)}`), ...closed.map((p) => `-${portText(p)}`)].join(' ')}`);
  }
  for (const secret of after.secrets) {
    if (!before.secrets.some((s) => s.id === secret.id)) {
      lines.push(`    secret created: ${secret.id}${secret.label ? ` (label ${secret.label})` : ''}, keys ${Object.keys(secret.revisions.at(-1)?.content ?? {}).join(', ')}`);
    }
  }
  lines.push(...describeRelationChanges(before.relations, after.relations));
  return lines;
}

function portText(json: string): string {
  const p = JSON.parse(json) as { protocol?: string; port?: number; toPort?: number };
  return p.port === undefined ? String(p.protocol) : `${p.port}${p.toPort ? `-${p.toPort}` : ''}/${p.protocol ?? 'tcp'}`;
}

// Juju marks an action whose process fails as failed, with the exit status as its message.
function actionOutcome(result: DispatchProcessResult): string {
  if (result.exitCode !== 0) return `action failed: ${result.signal !== null ? `killed by ${result.signal}` : `exit status ${result.exitCode ?? '?'}`}`;
  const failure = result.document.outputs.actionFailure;
  return failure !== undefined ? `action failed: ${failure}` : `action results: ${JSON.stringify(result.document.outputs.actionResults)}`;
}

function exitLine(result: DispatchProcessResult): string {
  if (result.exitCode === 0) return '    exit 0: committed';
  const why = result.signal !== null ? `killed by ${result.signal}` : `exit ${result.exitCode ?? '?'}`;
  return `    ${why}: hook failed, Juju discards its changes and will retry it`;
}

// The charm's own error lines say what went wrong; stack frames into the bundle do not.
function tail(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.trim() !== '' && !/^\s+at /.test(l)).slice(-5);
}
