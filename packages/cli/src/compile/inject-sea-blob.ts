import { spawn } from 'node:child_process';
import { CliError } from '../errors';
import { SEA_FUSE } from './sea-fuse';

// postject's wasm build of LIEF writes warnings about ELF note sections to
// stderr on every injection: run it in a child so that only a failure shows,
// with postject's own one-line reason.
const INJECT = `const fs=require('node:fs');
require(process.argv[1]).inject(process.argv[2],'NODE_SEA_BLOB',fs.readFileSync(process.argv[3]),{sentinelFuse:process.argv[4]})
.then(()=>{},(e)=>{process.stderr.write('postject: '+e.message.replace(/\\s+/g,' ')+'\\n');process.exit(1)});`;

/**
 * Inject a SEA preparation blob into `executable` (a copy of node, written
 * in place) with postject, Node's own injector, and flip its fuse.
 */
export async function injectSeaBlob(executable: string, preparationBlob: string): Promise<void> {
  const postject = require.resolve('postject');
  const { code, stderr } = await runNode([postject, executable, preparationBlob, SEA_FUSE]);
  if (code === 0) return;
  const reason = /^postject: (.*)$/m.exec(stderr)?.[1] ?? (stderr.trim() || `exit ${String(code)}`);
  throw new CliError(`cannot inject the charm into ${executable}: ${reason}`);
}

function runNode(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-e', INJECT, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr: Buffer.concat(chunks).toString('utf8') }));
  });
}
