// npm run typecheck: the main-process and renderer projects checked side by side by TypeScript 7's
// native compiler (the `typescript-native` alias), several times faster than 5.9 on the same
// projects. `typescript` itself stays 5.9: typescript-eslint and the compile tests
// (tests/support/compile-web.ts) need its JavaScript API, which 7 does not have. Each project keeps
// its build info under node_modules/.cache, so a second run checks only what changed.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

// The package exports no bin/ subpath: its bin is found beside its package.json.
const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript-native/package.json')), 'bin', 'tsc');
const projects = ['tsconfig.node.json', 'tsconfig.web.json'];

const runs = projects.map(
  (project) =>
    new Promise((resolve) => {
      const buildInfo = `node_modules/.cache/typecheck/${project.replace(/\.json$/, '')}.tsbuildinfo`;
      const args = [tsc, '-p', project, '--noEmit', '--pretty', '--incremental', '--tsBuildInfoFile', buildInfo];
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => resolve({ project, code, output }));
    }),
);

let failed = false;
for (const { project, code, output } of await Promise.all(runs)) {
  if (output.trim()) process.stdout.write(`${project}:\n${output}\n`);
  if (code !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
