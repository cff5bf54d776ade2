// npm run typecheck: the main-process and renderer projects checked side by side. They share
// shared/ and (through the component tests) the services, so run one after the other they take
// twice as long as the larger one alone. Each keeps its build info under node_modules/.cache, so a
// second run checks only what changed.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
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
