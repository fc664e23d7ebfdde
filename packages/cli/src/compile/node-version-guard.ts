import { REQUIRED_NODE_MAJOR } from './dispatch-script';

/**
 * JS put at the top of the bundle: refuses an older Node with one line that
 * says which Node is needed, instead of a syntax or API error deep in a hook.
 * It costs a string split, not a second process in dispatch.
 */
export function nodeVersionGuard(): string {
  const message = `jujuts: this charm needs Node >= ${REQUIRED_NODE_MAJOR} but '+process.execPath+' is '+process.version+'; pack it with \\'jujuts pack --node PATH\\' or install a newer node on the unit\\n`;
  return `if(+process.versions.node.split('.')[0]<${REQUIRED_NODE_MAJOR}){process.stderr.write('${message}');process.exit(1)}`;
}
