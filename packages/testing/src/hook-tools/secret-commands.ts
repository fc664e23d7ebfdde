import { bool, type CommandSpec, flagSet, flagValue, FORMAT, RELATION, valued } from './command-spec';
import { goTime } from './go-time';
import { relationFlag } from './relation-flag';
import { readSecretContent, readSecretMetadata, readSecretOwner, SECRET_FIELD_FLAGS } from './secret-args';
import { UsageError } from './usage-error';

/** `secret-*` commands. */
export const SECRET_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'secret-add',
    usage: '[options] [key[#base64|#file]=value...]',
    flags: SECRET_FIELD_FLAGS,
    minArgs: 0,
    maxArgs: Infinity,
    run(ctx) {
      const content = readSecretContent(ctx, ctx.args);
      return {
        text: `${ctx.juju.secrets.add(content, { ...readSecretMetadata(ctx), owner: readSecretOwner(ctx) })}\n`,
      };
    },
  },
  {
    name: 'secret-get',
    usage: '<ID> [key[#base64]] [options]',
    flags: [FORMAT, valued('label'), bool('peek'), bool('refresh')],
    minArgs: 0,
    maxArgs: 2,
    run(ctx) {
      const [id, key] = ctx.args;
      const label = flagValue(ctx, 'label');
      if (id === undefined && label === undefined)
        throw new UsageError('require either a secret URI or label');
      const peek = flagSet(ctx, 'peek');
      const refresh = flagSet(ctx, 'refresh');
      if (peek && refresh) throw new UsageError('specify one of --peek or --refresh but not both');
      const content = ctx.juju.secrets.get({ id, label }, { peek, refresh });
      return { value: key === undefined ? content : (content[key] ?? null) };
    },
  },
  {
    name: 'secret-info-get',
    usage: '<ID> [options]',
    flags: [FORMAT, valued('label')],
    minArgs: 0,
    maxArgs: 1,
    run(ctx) {
      const id = ctx.args[0];
      const label = flagValue(ctx, 'label');
      if ((id === undefined) === (label === undefined))
        throw new UsageError('specify either a secret URI or label but not both');
      const { id: fullId, expiry, rotates, ...info } = ctx.juju.secrets.info({ id, label });
      const times = { expiry: expiry && goTime(expiry), rotates: rotates && goTime(rotates) };
      return { value: { [fullId]: { ...info, ...times } } };
    },
  },
  {
    name: 'secret-set',
    usage: '<ID> [options] [key[#base64|#file]=value...]',
    flags: SECRET_FIELD_FLAGS,
    minArgs: 1,
    maxArgs: Infinity,
    missing: 'secret URI',
    run(ctx) {
      const [id = '', ...pairs] = ctx.args;
      const content = readSecretContent(ctx, pairs);
      const hasContent = pairs.length > 0 || flagValue(ctx, 'file') !== undefined;
      ctx.juju.secrets.set(id, { ...readSecretMetadata(ctx), ...(hasContent ? { content } : {}) });
    },
  },
  grantCommand('secret-grant'),
  grantCommand('secret-revoke'),
  {
    name: 'secret-remove',
    usage: '<ID> [options]',
    flags: [valued('revision')],
    minArgs: 1,
    maxArgs: 1,
    missing: 'secret URI',
    run(ctx) {
      const text = flagValue(ctx, 'revision');
      if (text !== undefined && !/^\d+$/.test(text))
        throw new UsageError(`invalid value "${text}" for flag --revision`);
      ctx.juju.secrets.remove(ctx.args[0] ?? '', text === undefined ? undefined : Number(text));
    },
  },
  {
    name: 'secret-ids',
    usage: '[options]',
    flags: [FORMAT],
    minArgs: 0,
    maxArgs: 0,
    run(ctx) {
      const ids = ctx.juju.secrets.ids();
      return { value: ids.length === 0 ? null : ids };
    },
  },
];

function grantCommand(name: 'secret-grant' | 'secret-revoke'): CommandSpec {
  return {
    name,
    usage: '<ID> [options]',
    flags: [RELATION, valued('unit')],
    minArgs: 1,
    maxArgs: 1,
    missing: 'secret URI',
    run(ctx) {
      const id = ctx.args[0] ?? '';
      const target = relationFlag(ctx);
      const unit = flagValue(ctx, 'unit');
      if (name === 'secret-grant') ctx.juju.secrets.grant(id, target, unit);
      else ctx.juju.secrets.revoke(id, target, unit);
    },
  };
}
