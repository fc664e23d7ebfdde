import { CliError } from './cli-error';

/**
 * A YAML file `jujuts pack` rendered does not read back as the data it was
 * rendered from, so Juju would get another value than charmcraft.yaml holds.
 */
export class RenderedYamlError extends CliError {
  override name = 'RenderedYamlError';

  constructor(
    /** The file inside the charm (`metadata.yaml`, …). */
    readonly file: string,
    /** Where it differs, from yamlRoundTripProblem. */
    readonly problem: string,
    /** What the user can do meanwhile, when there is something. */
    readonly workaround?: string,
  ) {
    super(
      `${file}: the rendered YAML does not read back as the data it was rendered from (${problem}); ` +
        `the charm was not written. This is a jujuts bug: please report it with that value${workaround === undefined ? '' : `; meanwhile ${workaround}`}`,
    );
  }
}
