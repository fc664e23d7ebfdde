export { CliError, UsageError } from './cli-error';
