import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

const NAMESPACE = 'jujuts-class-validator-subset';
// Where @jujuts/ops requires class-validator, lazily, through a CommonJS require.
const OPS_LAZY_LIBS = /[\\/]typed[\\/]lazy-libs\.js$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * An esbuild plugin that gives @jujuts/ops's `require('class-validator')`
 * a module re-exporting only the functions ops declares it calls
 * (`CLASS_VALIDATOR_FUNCTIONS`, read from the charm's own copy of ops), as
 * an ES module import that esbuild can tree-shake.
 *
 * Why: a `require` makes esbuild keep all of class-validator, and with it
 * validator.js and libphonenumber, whose start-up was a third of a hook's
 * bundle load. The charm's own imports of class-validator are ES imports
 * (see `writeTsconfigOverlay`), so only the validators it uses remain. An
 * ops without the list (an older one) keeps the whole library.
 */
export function classValidatorSubset(): Plugin {
  return {
    name: NAMESPACE,
    setup(build) {
      build.onResolve({ filter: /^class-validator$/ }, (args) => {
        if (args.kind !== 'require-call' || !OPS_LAZY_LIBS.test(args.importer)) return undefined;
        const names = declaredFunctions(args.importer);
        if (names === undefined) return undefined;
        return { path: args.importer, namespace: NAMESPACE, pluginData: { names, resolveDir: args.resolveDir } };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        const { names, resolveDir } = args.pluginData as { names: string[]; resolveDir: string };
        return { contents: `export { ${names.join(', ')} } from 'class-validator';\n`, resolveDir, loader: 'js' };
      });
    },
  };
}

/** The functions an @jujuts/ops lazy-libs module declares it uses, or undefined when it is not ops's or declares none. */
function declaredFunctions(lazyLibs: string): string[] | undefined {
  if (packageName(lazyLibs) !== '@jujuts/ops') return undefined;
  // The module only defines functions (it requires class-validator lazily), so loading it here runs nothing.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const declared = (require(lazyLibs) as { CLASS_VALIDATOR_FUNCTIONS?: unknown }).CLASS_VALIDATOR_FUNCTIONS;
  if (!Array.isArray(declared) || declared.length === 0) return undefined;
  return declared.every((n): n is string => typeof n === 'string' && IDENTIFIER.test(n)) ? [...declared] : undefined;
}

function packageName(file: string): string | undefined {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
  }
  return undefined;
}
