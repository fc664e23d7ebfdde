import type { RelationTarget } from '../juju/fake-relations';
import { JujuError } from '../juju/juju-error';
import { type CommandContext, flagValue } from './command-spec';
import { UsageError } from './usage-error';

/**
 * The relation a command acts on: `-r endpoint:N` (endpoint checked) or
 * `-r N`, else `JUJU_RELATION_ID` as Juju defaults it in relation hooks.
 */
export function relationFlag(ctx: CommandContext): RelationTarget {
  const given = flagValue(ctx, 'relation') ?? ctx.env['JUJU_RELATION_ID'];
  if (given === undefined || given === '') throw new UsageError('no relation id specified');
  const match = /^(?:([a-z][a-z0-9-]*):)?(\d+)$/.exec(given);
  if (!match) throw new JujuError(`invalid value "${given}" for option -r: invalid relation id`, 2);
  const id = Number(match[2]);
  return match[1] === undefined ? id : { endpoint: match[1], id };
}
