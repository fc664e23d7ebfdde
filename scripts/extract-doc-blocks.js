#!/usr/bin/env node
// Extracts every ```ts / ```typescript block of README.md and docs/**/*.md
// into docs/.generated/, which `npm run typecheck` compiles with the rest of
// the repository: a doc example that no longer matches the API fails the
// tests. A block fenced as ```ts nocheck is a deliberate fragment and skipped.
'use strict';
const { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const outDir = join(root, 'docs', '.generated');

function markdownFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.') || name === 'api' || name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...markdownFiles(path));
    else if (name.endsWith('.md')) found.push(path);
  }
  return found;
}

function blocks(text) {
  const out = [];
  const fence = /^```(ts|typescript)([^\n]*)\n([\s\S]*?)^```\s*$/gm;
  let m;
  while ((m = fence.exec(text)) !== null) {
    if (/\bnocheck\b/.test(m[2])) continue;
    const line = text.slice(0, m.index).split('\n').length;
    out.push({ line, code: m[3] });
  }
  return out;
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
let count = 0;
const sources = [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))];
for (const file of sources) {
  const rel = relative(root, file);
  for (const { line, code } of blocks(readFileSync(file, 'utf8'))) {
    const name = `${rel.replace(/[^a-zA-Z0-9]+/g, '-')}-L${line}.ts`;
    // Each block is its own module; the header maps errors back to the doc.
    writeFileSync(join(outDir, name), `// From ${rel}:${line}\nexport {};\n${code}`);
    count += 1;
  }
}
process.stdout.write(`extracted ${count} TypeScript blocks from ${sources.length} Markdown files into docs/.generated\n`);
