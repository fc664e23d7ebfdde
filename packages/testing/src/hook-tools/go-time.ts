/**
 * A time as Juju's JSON output writes it (Go's `time.Time`, RFC 3339 with
 * nanoseconds): UTC as `Z`, and a fraction of a second only when there is
 * one, without trailing zeros (`…T10:00:00Z`, `…T10:00:00.5Z`).
 */
export function goTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toISOString().replace(/\.(\d*?)0*Z$/, (_, digits: string) => (digits === '' ? 'Z' : `.${digits}Z`));
}
