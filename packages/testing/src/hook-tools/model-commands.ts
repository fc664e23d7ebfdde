import type { NetworkInfo } from '@jujuts/ops/internal';
import { JujuError } from '../juju/juju-error';
import { formatPort, parsePort } from '../juju/port-spec';
import { bool, type CommandSpec, flagSet, flagValue, FORMAT, valued } from './command-spec';
import { relationFlag } from './relation-flag';
import { UsageError } from './usage-error';

const NETWORK_PARTS = ['primary-address', 'bind-address', 'ingress-address', 'egress-subnets'];

/** Config, leadership, network, storage, resources, goal state, credentials, ports and reboot. */
export const MODEL_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'config-get',
    usage: '[options] [<key>]',
    flags: [FORMAT, bool('all', 'a')],
    minArgs: 0,
    maxArgs: 1,
    run(ctx) {
      const config = ctx.juju.config();
      const key = ctx.args[0];
      return { value: key === undefined ? config : (config[key] ?? null) };
    },
  },
  {
    name: 'is-leader',
    usage: '[options]',
    flags: [FORMAT],
    minArgs: 0,
    maxArgs: 0,
    run: (ctx) => ({ value: ctx.juju.isLeader() }),
  },
  {
    name: 'network-get',
    usage: '[options] <binding-name>',
    flags: [FORMAT, valued('relation', 'r'), ...NETWORK_PARTS.map((p) => bool(p))],
    minArgs: 1,
    maxArgs: 1,
    missing: 'binding name',
    run(ctx) {
      const target = ctx.flags.has('relation') ? relationFlag(ctx) : undefined;
      const id = target === undefined || typeof target === 'number' ? target : target.id;
      return {
        value: networkOutput(
          ctx.juju.network(ctx.args[0] ?? '', id),
          NETWORK_PARTS.filter((p) => flagSet(ctx, p)),
        ),
      };
    },
  },
  {
    name: 'storage-list',
    usage: '[options] [<storage-name>]',
    flags: [FORMAT],
    minArgs: 0,
    maxArgs: 1,
    run: (ctx) => ({ value: ctx.juju.storage.list(ctx.args[0]) }),
  },
  {
    name: 'storage-get',
    usage: '[options] [<key>]',
    flags: [FORMAT, valued('storage', 's')],
    minArgs: 0,
    maxArgs: 1,
    run(ctx) {
      const id = flagValue(ctx, 'storage') ?? ctx.env['JUJU_STORAGE_ID'];
      if (!id) throw new UsageError('no storage instance specified');
      const details = ctx.juju.storage.get(id);
      const key = ctx.args[0];
      return {
        value: key === undefined ? details : ((details as unknown as Record<string, string>)[key] ?? null),
      };
    },
  },
  {
    name: 'storage-add',
    usage: '<charm storage name>[=count] ...',
    flags: [],
    minArgs: 1,
    maxArgs: Infinity,
    missing: 'storage to add',
    run(ctx) {
      for (const arg of ctx.args) {
        const [name = '', count] = arg.split('=');
        if (count !== undefined && !/^\d+$/.test(count))
          throw new UsageError(`invalid storage count "${count}" in "${arg}"`);
        ctx.juju.storage.add(name, count === undefined ? 1 : Number(count));
      }
    },
  },
  {
    name: 'resource-get',
    usage: '<resource name>',
    flags: [],
    minArgs: 1,
    maxArgs: 1,
    missing: 'resource name',
    run: (ctx) => ({ text: `${ctx.juju.resource(ctx.args[0] ?? '')}\n` }),
  },
  {
    name: 'goal-state',
    usage: '[options]',
    flags: [FORMAT],
    minArgs: 0,
    maxArgs: 0,
    run: (ctx) => ({ value: ctx.juju.goalState() }),
  },
  {
    name: 'credential-get',
    usage: '[options]',
    flags: [FORMAT],
    minArgs: 0,
    maxArgs: 0,
    run: (ctx) => ({ value: ctx.juju.credential() }),
  },
  portCommand('open-port'),
  portCommand('close-port'),
  {
    name: 'opened-ports',
    usage: '[options]',
    flags: [FORMAT, bool('endpoints')],
    minArgs: 0,
    maxArgs: 0,
    run: (ctx) => ({ value: ctx.juju.ports.opened().map(formatPort) }),
  },
  {
    name: 'juju-reboot',
    usage: '[options]',
    flags: [bool('now')],
    minArgs: 0,
    maxArgs: 0,
    run(ctx) {
      ctx.juju.reboot(flagSet(ctx, 'now'));
    },
  },
];

function portCommand(name: 'open-port' | 'close-port'): CommandSpec {
  return {
    name,
    usage: '<port>[/<protocol>] or <from>-<to>[/<protocol>] or icmp',
    flags: [valued('endpoints')],
    minArgs: 1,
    maxArgs: 1,
    missing: 'port or range',
    run(ctx) {
      const port = parsePort(ctx.args[0] ?? '');
      if (name === 'open-port') ctx.juju.ports.open(port);
      else ctx.juju.ports.close(port);
    },
  };
}

function networkOutput(info: NetworkInfo, parts: string[]): unknown {
  const full = {
    'bind-addresses': info.bindAddresses.map((b) => ({
      'mac-address': b.macAddress,
      'interface-name': b.interfaceName,
      addresses: b.addresses.map((a) => ({
        value: a.value,
        cidr: a.cidr,
        ...(a.hostname ? { hostname: a.hostname } : {}),
      })),
    })),
    'ingress-addresses': info.ingressAddresses,
    'egress-subnets': info.egressSubnets,
  };
  if (parts.length === 0) return full;
  const primary = info.bindAddresses[0]?.addresses[0]?.value;
  if (parts.length === 1 && (parts[0] === 'primary-address' || parts[0] === 'bind-address')) {
    if (primary === undefined) throw new JujuError('no bind address for this binding');
    return primary;
  }
  if (parts.length === 1 && parts[0] === 'ingress-address') return info.ingressAddresses[0] ?? null;
  if (parts.length === 1) return info.egressSubnets.join(',');
  throw new UsageError(
    'choose one of --primary-address, --bind-address, --ingress-address or --egress-subnets',
  );
}
