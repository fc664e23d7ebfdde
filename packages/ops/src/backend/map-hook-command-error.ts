import {
  HookCommandError,
  ModelError,
  RelationDataAccessError,
  RelationNotFoundError,
  SecretNotFoundError,
} from '../errors';

const RELATION_BAG_COMMANDS: ReadonlySet<string> = new Set(['relation-get', 'relation-set']);
const PERMISSION = /permission denied|not the leader|cannot write relation settings/i;

/** Whether Juju refused a call for lack of rights: worth a security log line. */
export function isPermissionError(err: unknown): err is HookCommandError {
  return err instanceof HookCommandError && PERMISSION.test(err.stderr);
}

/**
 * Turns a failed hook command into the error the model layer expects, per
 * the errors table of juju-hook-commands.md. `subject` names what the charm
 * asked about (`relation db:3`, `secret secret:abc`) so the message can say
 * which one. Anything that is not a {@link HookCommandError} passes through.
 */
export function mapHookCommandError(err: unknown, subject: string): unknown {
  if (!(err instanceof HookCommandError)) return err;
  const { command, stderr } = err;
  const said = `Juju said: ${stderr || `exit code ${String(err.exitCode)}`}`;
  if (/relation not found/i.test(stderr) && (command.startsWith('relation-') || command === 'network-get' || command.startsWith('secret-'))) {
    return new RelationNotFoundError(
      `${command}: ${subject} does not exist any more (it was removed while this hook ran); treat its data as empty or catch RelationNotFoundError. ${said}`,
      { cause: err },
    );
  }
  if (command.startsWith('secret-') && /not found/i.test(stderr)) {
    return new SecretNotFoundError(
      `${command}: ${subject} was not found or is not visible to this unit; check the id or label, and that its owner granted it to this application. ${said}`,
      { cause: err },
    );
  }
  if (PERMISSION.test(stderr)) {
    if (RELATION_BAG_COMMANDS.has(command)) {
      return new RelationDataAccessError(
        `${command}: Juju refused access to ${subject}: a unit may write only its own bag, and its application's bag only as leader (check unit.isLeader() first). ${said}`,
        { cause: err },
      );
    }
    return new ModelError(
      `${command}: Juju refused ${subject}: this unit lacks the right (leadership, trust, or secret ownership) for it. ${said}`,
      { cause: err },
    );
  }
  return err;
}
