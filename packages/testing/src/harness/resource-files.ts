import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CharmMeta } from '@jujuts/ops/internal';
import { HarnessError } from './harness-error';

/**
 * Resource files as Juju downloads them for `resource-get`: one file per
 * declared resource, under a temporary directory removed by `dispose`.
 */
export class ResourceFiles {
  private dir: string | undefined;

  constructor(private readonly meta: CharmMeta) {}

  /** Writes the resource's content and returns the path `resource-get` reports. */
  write(name: string, content: string | Uint8Array): string {
    const declared = this.meta.resources[name];
    if (!declared) {
      const names = Object.keys(this.meta.resources).join(', ') || 'none';
      throw new HarnessError(`addResource('${name}'): charmcraft.yaml declares no resource \`${name}\` (declared: ${names})`);
    }
    this.dir ??= mkdtempSync(join(tmpdir(), 'jujuts-resources-'));
    const folder = join(this.dir, name);
    mkdirSync(folder, { recursive: true });
    const path = join(folder, declared.filename ?? name);
    writeFileSync(path, content);
    return path;
  }

  /** Deletes every resource file. */
  dispose(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
