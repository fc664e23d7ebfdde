import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCharmcraftYaml } from '@jujuts/ops/internal';
import { Context, createState } from '../../src/context';
import { resolveContextMeta } from '../../src/context/resolve-context-meta';
import { WEB_YAML, WebCharm } from './context-fixture';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jujuts-ctx-meta-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type JestState = { testPath?: string };
const jestExpect = (globalThis as unknown as { expect: { getState: () => JestState; setState: (s: JestState) => void } }).expect;

/** Runs `fn` as if jest were running the test file at `path`. */
function withTestPath(path: string, fn: () => void): void {
  const saved = jestExpect.getState().testPath;
  jestExpect.setState({ testPath: path });
  try {
    fn();
  } finally {
    jestExpect.setState({ testPath: saved });
  }
}

describe('resolveContextMeta', () => {
  it('takes a metadata object as it is', () => {
    const meta = parseCharmcraftYaml(WEB_YAML, 'x');
    expect(resolveContextMeta({ meta }, 'WebCharm')).toBe(meta);
  });

  it('parses YAML text', () => {
    expect(resolveContextMeta({ meta: WEB_YAML }, 'WebCharm').name).toBe('web');
  });

  it('reads charmcraft.yaml from charmDir', () => {
    writeFileSync(join(dir, 'charmcraft.yaml'), WEB_YAML.replace('name: web', 'name: from-dir'));
    expect(resolveContextMeta({ charmDir: dir }, 'WebCharm').name).toBe('from-dir');
  });

  it('finds the charm project above the running test file', () => {
    writeFileSync(join(dir, 'charmcraft.yaml'), WEB_YAML.replace('name: web', 'name: above-test'));
    mkdirSync(join(dir, 'test', 'unit'), { recursive: true });
    withTestPath(join(dir, 'test', 'unit', 'charm.test.ts'), () => {
      expect(resolveContextMeta({}, 'WebCharm').name).toBe('above-test');
    });
  });

  it('says how to pass the metadata when none is found', () => {
    const nested = join(dir, 'a', 'b');
    mkdirSync(nested, { recursive: true });
    const cwd = process.cwd();
    try {
      process.chdir(nested);
      withTestPath(join(nested, 'x.test.ts'), () => {
        expect(() => resolveContextMeta({}, 'WebCharm')).toThrow(
          /^new Context\(WebCharm\): no charmcraft\.yaml or metadata\.yaml at or above .*; pass the metadata with new Context\(WebCharm, \{ meta \}\) or its directory with \{ charmDir \}$/,
        );
      });
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('a Context reading metadata from a directory', () => {
  it('reads it once: later changes to the file do not reach later runs', async () => {
    const file = join(dir, 'charmcraft.yaml');
    writeFileSync(file, WEB_YAML);
    const ctx = new Context(WebCharm, { charmDir: dir });
    await ctx.run(ctx.on.install(), createState());
    writeFileSync(file, 'name: broken\n: : :');
    const out = await ctx.run(ctx.on.configChanged(), createState({ config: { port: 81 } }));
    expect(out.unitStatus.message).toBe('serving on 81');
    expect(ctx.meta.name).toBe('web');
  });
});
