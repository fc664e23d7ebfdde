import type { TemplateInput } from './template-input';

function k8sParts(input: TemplateInput): { imports: string; handle: string; handler: string } {
  return {
    imports: ', container, type PebbleReadyEvent',
    handle: `\nconst workload = container('workload');\n`,
    handler: `
  @workload.pebbleReady
  async onPebbleReady(event: PebbleReadyEvent): Promise<void> {
    const layer = {
      summary: '${input.name} layer',
      services: {
        '${input.name}': { override: 'replace' as const, command: 'nginx -g "daemon off;"', startup: 'enabled' as const },
      },
    };
    await event.workload.addLayer('${input.name}', layer, { combine: true });
    await event.workload.replan();
  }
`,
  };
}

/** src/charm.ts: a charm with typed config, a config-changed handler (and a pebble-ready one on k8s). */
export function charmTsTemplate(input: TemplateInput): string {
  const k8s = input.kind === 'k8s' ? k8sParts(input) : { imports: '', handle: '', handler: '' };
  return `import 'reflect-metadata';
import { ActiveStatus, CharmBase, charm, main, on, option, type ConfigChangedEvent${k8s.imports} } from '@jujuts/ops';
import { IsIn } from 'class-validator';

/** The charm's config: option \`log-level\` is the property \`logLevel\`. */
export class ${input.stem}Config {
  @option({ description: 'How much the workload logs (debug, info, warning or error).' })
  @IsIn(['debug', 'info', 'warning', 'error'])
  logLevel = 'info';
}
${k8s.handle}
/** The ${input.name} charm. */
@charm({ config: ${input.stem}Config })
export class ${input.stem}Charm extends CharmBase<${input.stem}Config> {
  @on.configChanged
  onConfigChanged(_event: ConfigChangedEvent): void {
    this.unit.status = new ActiveStatus(\`log level \${this.config.logLevel}\`);
  }
${k8s.handler}}

// Dispatches the event Juju started this process for; a no-op when a test
// imports the module (no JUJU_DISPATCH_PATH) and when building a snapshot.
void main(${input.stem}Charm);
`;
}
