/**
 * Merges several lists of property names that each keep declaration order
 * (class-validator's metadata, our decorators' records, `new cls()`'s own
 * keys) into one list in declaration order, as far as the lists tell it.
 */
export function mergeDeclarationOrder(lists: readonly (readonly string[])[]): string[] {
  const names = [...new Set(lists.flat())];
  const before = new Map<string, Set<string>>(names.map((n) => [n, new Set<string>()]));
  for (const list of lists) {
    const unique = [...new Set(list)];
    unique.forEach((name, i) => {
      if (i > 0) before.get(name)?.add(unique[i - 1] as string);
    });
  }
  const out: string[] = [];
  const placed = new Set<string>();
  while (out.length < names.length) {
    const free = names.filter((n) => !placed.has(n));
    // Lists that disagree (a cycle) cannot happen for one class; fall back to first seen.
    const next = free.find((n) => [...(before.get(n) ?? [])].every((p) => placed.has(p))) ?? (free[0] as string);
    out.push(next);
    placed.add(next);
  }
  return out;
}
