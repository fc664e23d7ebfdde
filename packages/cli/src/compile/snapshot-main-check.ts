/**
 * The message of the build error when the charm registered no main function:
 * run from such a blob, node would read a script from stdin instead of
 * dispatching, and every hook would silently do nothing.
 */
export const NO_SNAPSHOT_MAIN =
  "the charm's entry module did not call main(CharmClass) when loaded: a startup snapshot runs only what main() registers, so call main() at the top level of the entry (not behind require.main === module)";

/**
 * JS around the snapshot bundle that counts calls to
 * `v8.startupSnapshot.setDeserializeMainFunction` (which `main()` makes when
 * it sees `node --build-snapshot`) and fails the build when there was none.
 * The wrapper removes itself on the first call so the snapshot keeps Node's own function.
 */
export function snapshotMainCheck(): { readonly banner: string; readonly footer: string } {
  const banner =
    'var __jujutsMains=0;{const s=require("node:v8").startupSnapshot;if(s.isBuildingSnapshot()){const set=s.setDeserializeMainFunction;' +
    's.setDeserializeMainFunction=function(f,d){__jujutsMains++;s.setDeserializeMainFunction=set;return set.call(s,f,d)}}}';
  const footer = `if(require("node:v8").startupSnapshot.isBuildingSnapshot()&&__jujutsMains===0)throw new Error(${JSON.stringify(`jujuts: ${NO_SNAPSHOT_MAIN}`)});`;
  return { banner, footer };
}
