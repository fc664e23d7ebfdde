import { ModelError } from '../errors';

const PATTERN = /^(\d{1,9})\.(\d{1,9})(?:(?:\.|-([a-z]+))(\d{1,9}))?(?:\.(\d{1,9}))?$/;

/**
 * A Juju version (`3.6.1`, `3.6-beta2`, `2.9.44.1`), comparable, with checks
 * for the features charms branch on.
 */
export class JujuVersion {
  readonly major: number;
  readonly minor: number;
  /** Pre-release tag (`beta`, `rc`); empty for a release. */
  readonly tag: string;
  readonly patch: number;
  readonly build: number;

  constructor(version: string) {
    const m = PATTERN.exec(version);
    if (!m) {
      throw new ModelError(`'${version}' is not a valid Juju version: expected MAJOR.MINOR.PATCH[.BUILD] or MAJOR.MINOR-TAGPATCH`);
    }
    this.major = Number(m[1]);
    this.minor = Number(m[2]);
    this.tag = m[3] ?? '';
    this.patch = Number(m[4] ?? 0);
    this.build = Number(m[5] ?? 0);
  }

  /** Parses a version string (same as the constructor). */
  static parse(version: string): JujuVersion {
    return new JujuVersion(version);
  }

  /** -1, 0 or 1 as this version is before, equal to or after `other`; a tagged version precedes its release. */
  compare(other: JujuVersion | string): number {
    const o = typeof other === 'string' ? new JujuVersion(other) : other;
    const pairs: Array<[number, number]> = [
      [this.major, o.major],
      [this.minor, o.minor],
    ];
    for (const [a, b] of pairs) if (a !== b) return a < b ? -1 : 1;
    if (this.tag !== o.tag) {
      if (!this.tag) return 1;
      if (!o.tag) return -1;
      return this.tag < o.tag ? -1 : 1;
    }
    for (const [a, b] of [
      [this.patch, o.patch],
      [this.build, o.build],
    ] as Array<[number, number]>) {
      if (a !== b) return a < b ? -1 : 1;
    }
    return 0;
  }

  /** Whether both versions are the same. */
  equals(other: JujuVersion | string): boolean {
    return this.compare(other) === 0;
  }

  /** Whether this version is `other` or later. */
  isAtLeast(other: JujuVersion | string): boolean {
    return this.compare(other) >= 0;
  }

  /** The canonical string form. */
  toString(): string {
    const base = this.tag ? `${this.major}.${this.minor}-${this.tag}${this.patch}` : `${this.major}.${this.minor}.${this.patch}`;
    return this.build > 0 ? `${base}.${this.build}` : base;
  }

  // Feature checks compare major.minor.patch only, as ops does: a beta of a
  // release counts as that release.
  private atLeast(major: number, minor: number, patch: number): boolean {
    const a = [this.major, this.minor, this.patch];
    const b = [major, minor, patch];
    for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
    return true;
  }

  /** Application databags exist (2.7+). */
  get hasAppData(): boolean {
    return this.atLeast(2, 7, 0);
  }

  /** Juju runs `dispatch` (2.8+). */
  get isDispatchAware(): boolean {
    return this.atLeast(2, 8, 0);
  }

  /** `state-get`/`state-set` are available (2.8+). */
  get hasControllerStorage(): boolean {
    return this.atLeast(2, 8, 0);
  }

  /** Secrets work as ops expects (3.0.3+: `--refresh`, `secret-info-get`, label fix). */
  get hasSecrets(): boolean {
    return this.atLeast(3, 0, 3);
  }

  /** `open-port` works on Kubernetes (3.0.3+, LP#1920960). */
  get supportsOpenPortOnK8s(): boolean {
    return this.atLeast(3, 0, 3);
  }

  /** `opened-ports` reports the ports opened on every substrate, Kubernetes included (3.0.3+). */
  get hasOpenedPorts(): boolean {
    return this.atLeast(3, 0, 3);
  }

  /** Pebble exec accepts `service-context` (3.1.6+, except 3.2.0, which shipped an older Pebble). */
  get supportsExecServiceContext(): boolean {
    if (!this.atLeast(3, 1, 6)) return false;
    return !(this.major === 3 && this.minor === 2 && this.patch === 0);
  }

  /** The bundled Pebble forwards logs (3.4+). */
  get supportsPebbleLogForwarding(): boolean {
    return this.atLeast(3, 4, 0);
  }

  /** The bundled Pebble has identities (3.6.4+). */
  get supportsPebbleIdentities(): boolean {
    return this.atLeast(3, 6, 4);
  }

  /** The bundled Pebble serves metrics (3.6.4+). */
  get supportsPebbleMetrics(): boolean {
    return this.atLeast(3, 6, 4);
  }
}
