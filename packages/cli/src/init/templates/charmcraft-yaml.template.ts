import type { TemplateInput } from './template-input';

const K8S = `
assumes:
  - k8s-api

containers:
  workload:
    resource: workload-image

resources:
  workload-image:
    type: oci-image
    description: OCI image for the workload container.
    upstream-source: ubuntu/nginx:latest
`;

/** charmcraft.yaml: the one file 'jujuts pack' renders metadata.yaml, config.yaml and actions.yaml from. */
export function charmcraftYamlTemplate(input: TemplateInput): string {
  return `# The charm's metadata, config options and actions. 'jujuts pack' renders
# metadata.yaml, config.yaml and actions.yaml from this file, as charmcraft does.
name: ${input.name}
type: charm
title: ${input.stem}
summary: One-line summary of ${input.name}.
description: |
  Describe what ${input.name} deploys and how to relate it to other applications.

base: ubuntu@22.04
platforms:
  amd64:
${input.kind === 'k8s' ? K8S : ''}
config:
  options:
    log-level:
      type: string
      default: info
      description: How much the workload logs (debug, info, warning or error).
`;
}
