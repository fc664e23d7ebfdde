import type { TemplateInput } from './template-input';

/** README.md: how to test, build, pack and deploy the charm. */
export function readmeTemplate(input: TemplateInput): string {
  const deploy =
    input.kind === 'k8s'
      ? `juju deploy ./${input.name}_amd64.charm --resource workload-image=ubuntu/nginx:latest`
      : `juju deploy ./${input.name}_amd64.charm`;
  return `# ${input.name}

A ${input.kind === 'k8s' ? 'Kubernetes' : 'machine'} charm written in TypeScript with [jujuts](https://github.com/jujuts).

\`\`\`sh
npm install
npm test          # runs test/charm.test.ts against the charm, no Juju needed
npm run build     # tsc + esbuild into build/charm.js and build/dispatch
npm run pack      # ${input.name}_amd64.charm
${deploy}
\`\`\`

Metadata, config options and actions live in \`charmcraft.yaml\`; the charm's code in \`src/charm.ts\`.
The unit needs Node.js 20 or later, or ship one in the charm: \`npx jujuts pack --node /path/to/linux-x64/bin/node\`.
`;
}
