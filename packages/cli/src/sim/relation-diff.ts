import type { Databag, RelationState } from '@jujuts/testing';

/** One line per changed databag: `+key=value`, `~key: old → new`, `-key`; values shortened. */
export function describeRelationChanges(before: readonly RelationState[], after: readonly RelationState[]): string[] {
  const lines: string[] = [];
  for (const rel of after) {
    const old = before.find((r) => r.id === rel.id);
    const name = `${rel.endpoint}:${rel.id}`;
    if (old === undefined) lines.push(`    relation ${name} created (remote ${rel.remoteApp})`);
    const bags: [string, Databag, Databag | undefined][] = [
      ['unit bag', rel.localUnitData, old?.localUnitData],
      ['app bag', rel.localAppData, old?.localAppData],
    ];
    for (const [label, now, was] of bags) {
      const diff = diffBag(was ?? {}, now);
      if (diff.length > 0) lines.push(`    relation ${name} ${label}: ${diff.join(' ')}`);
    }
  }
  for (const rel of before) if (!after.some((r) => r.id === rel.id)) lines.push(`    relation ${rel.endpoint}:${rel.id} removed`);
  return lines;
}

function diffBag(was: Databag, now: Databag): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(now)) {
    if (was[k] === undefined) out.push(`+${k}=${short(v)}`);
    else if (was[k] !== v) out.push(`~${k}: ${short(was[k])} → ${short(v)}`);
  }
  for (const k of Object.keys(was)) if (now[k] === undefined) out.push(`-${k}`);
  return out;
}

function short(value: string): string {
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…"` : json;
}
