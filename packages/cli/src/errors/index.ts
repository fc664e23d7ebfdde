export { CliError, UsageError } from './cli-error';
export { RenderedYamlError } from './rendered-yaml-error';
