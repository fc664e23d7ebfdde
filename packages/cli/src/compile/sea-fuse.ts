import { readFileSync } from 'node:fs';
import { CliError } from '../errors';

/** The sentinel Node's SEA support looks for; postject flips its last byte when it injects a blob. */
export const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/**
 * Fail unless `node` can become a single executable: it must carry the fuse
 * (distribution builds that link a shared libnode do not) and must not be
 * one already (running it would dispatch its charm, not print its version).
 */
export function checkSeaFuse(node: string): void {
  let binary: Buffer;
  try {
    binary = readFileSync(node);
  } catch (error) {
    throw new CliError(`cannot read the Node binary ${node}: ${(error as Error).message}`);
  }
  const at = binary.indexOf(`${SEA_FUSE}:`, 0, 'latin1');
  if (at < 0) {
    throw new CliError(`${node} cannot become a single executable: it has no ${SEA_FUSE} (not a Node build with SEA support); pass the bin/node of an official Node.js >= 20 build`);
  }
  if (binary[at + SEA_FUSE.length + 1] === 0x31) {
    throw new CliError(`${node} is already a single executable (it holds an application): pass a plain node binary`);
  }
}
