import type { CharmPlatform } from './charm-platform';
import { renderExactYaml } from './render-exact-yaml';

/** What manifest.yaml records about the pack. */
export interface ManifestInput {
  readonly platform: CharmPlatform;
  readonly version: string;
  readonly startedAt: Date;
}

/** The manifest.yaml mapping in the shape charmcraft writes (analysis, bases, charmcraft-started-at, charmcraft-version). */
export function manifestOf(input: ManifestInput): Record<string, unknown> {
  return {
    analysis: {
      // charmcraft's linters report the charm's language and framework; jujuts charms are neither python nor reactive.
      attributes: [
        { name: 'language', result: 'unknown' },
        { name: 'framework', result: 'unknown' },
      ],
    },
    bases: input.platform.bases.map((b) => ({ architectures: [...b.architectures], channel: b.channel, name: b.name })),
    'charmcraft-started-at': input.startedAt.toISOString(),
    'charmcraft-version': `jujuts ${input.version}`,
  };
}

/** manifest.yaml text for the pack. */
export function renderManifestYaml(input: ManifestInput): string {
  return renderExactYaml(manifestOf(input));
}
