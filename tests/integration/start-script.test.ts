// `npm start` / `npm run dev` go through scripts/ensure-electron.mjs, which makes sure the Electron
// executable exists (running Electron's own installer when it is missing) before electron-vite
// starts it. Run here for real in child processes, with a stand-in executable — a shell script that
// records how it was started — and never the real Electron binary.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  consoleLanguage,
  describeProblem,
  findElectron,
  installerReason,
  isOlder,
  minimumNode,
  type ElectronPackage,
} from '../../scripts/ensure-electron-logic.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const LAUNCHER = path.join(REPO, 'scripts', 'ensure-electron.mjs');
const REAL_ELECTRON = path.join(REPO, 'node_modules', 'electron');
const STACK_FRAME = /^\s+at\s/m;

let temp: string;
beforeEach(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'start-script-'));
});
afterEach(() => {
  rmSync(temp, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The launcher as `npm start` runs it, in an environment without the caller's Electron settings. */
function launch(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  for (const key of Object.keys(env)) {
    if (/^(ELECTRON_|npm_config_electron|ALLIANCE_DESK_)/i.test(key) || key === 'electron_config_cache') delete env[key];
  }
  Object.assign(env, options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A shell script standing in for Electron: records its working folder, argv and electron-vite's env, then exits. */
function writeStandIn(file: string, record: string, exitCode = 0): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    [
      '#!/bin/sh',
      `{ echo "cwd=$PWD"; for a in "$@"; do echo "arg=$a"; done; echo "renderer=$ELECTRON_RENDERER_URL"; echo "mode=$NODE_ENV_ELECTRON_VITE"; } > '${record}'`,
      `exit ${exitCode}`,
      '',
    ].join('\n'),
  );
  chmodSync(file, 0o755);
}

function readRecord(record: string): { cwd: string; args: string[]; renderer: string; mode: string } {
  const lines = readFileSync(record, 'utf8').trimEnd().split('\n');
  const value = (key: string) => lines.filter((line) => line.startsWith(`${key}=`)).map((line) => line.slice(key.length + 1));
  return { cwd: value('cwd')[0] ?? '', args: value('arg'), renderer: value('renderer')[0] ?? '', mode: value('mode')[0] ?? '' };
}

/** An app folder electron-vite can start without a build: a package.json whose main exists. */
function appFolder(): string {
  const app = path.join(temp, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'stand-in-app', main: 'main.js' }));
  writeFileSync(path.join(app, 'main.js'), '');
  return app;
}

/**
 * An electron package standing in for node_modules/electron (ALLIANCE_DESK_ELECTRON_PACKAGE): the
 * same files the launcher reads, and an install.js that either fails the way Electron's does (its
 * stack on stderr, exit 1) or puts a stand-in executable where Electron's installer puts the real one.
 */
function electronPackage(installer: 'fails' | 'installs-stand-in', record: string): string {
  const dir = path.join(temp, 'electron-package');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.6.0' }));
  const failing = [
    "console.error('HTTPError: Response code 404 (Not Found)');",
    "console.error('    at Request._onResponseBase (/x/node_modules/got/dist/source/core/index.js:913:31)');",
    "console.error('    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)');",
    'process.exit(1);',
  ];
  const installing = [
    "const fs = require('node:fs');",
    'process.chdir(__dirname);',
    "fs.appendFileSync('installer-runs', 'run\\n');",
    "fs.mkdirSync('dist', { recursive: true });",
    `fs.copyFileSync(${JSON.stringify(path.join(temp, 'stand-in'))}, 'dist/electron');`,
    "fs.chmodSync('dist/electron', 0o755);",
    "fs.writeFileSync('dist/version', '45.6.0');",
    "fs.writeFileSync('path.txt', 'electron');",
  ];
  writeFileSync(path.join(dir, 'install.js'), (installer === 'fails' ? failing : installing).join('\n'));
  writeStandIn(path.join(temp, 'stand-in'), record);
  return dir;
}

function expectTwoLineMessage(run: Run): [string, string] {
  expect(run.code).not.toBe(0);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  return lines as [string, string];
}

describe.skipIf(process.platform === 'win32')('npm start / npm run dev launcher (stand-ins are shell scripts)', () => {
  it.skipIf(existsSync(path.join(REAL_ELECTRON, 'path.txt')))(
    // Skipped where a real Electron is installed: this test must never start the real binary.
    'with the real electron package, no binary and no reachable download, prints the reason and the fix and exits 1',
    async () => {
      const manifest = JSON.parse(readFileSync(path.join(REAL_ELECTRON, 'package.json'), 'utf8')) as { version: string; engines: { node: string } };
      const minimum = minimumNode(manifest.engines.node);
      const run = await launch(['preview', '--skipBuild'], {
        cwd: appFolder(),
        // On a Node new enough for the installer, it runs and fails at once: nothing listens there.
        env: { ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: path.join(temp, 'empty-cache') },
      });
      const [problem, fix] = expectTwoLineMessage(run);
      if (minimum && isOlder(process.versions.node, minimum)) {
        expect(problem).toBe(
          `Electron ${manifest.version} is not downloaded yet, and its installer needs Node ${minimum} or newer (this is Node ${process.versions.node}).`,
        );
      } else {
        expect(problem).toMatch(new RegExp(`^Electron ${manifest.version.replaceAll('.', '\\.')} could not be downloaded`));
      }
      expect(fix).toContain('ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-folder');
    },
  );

  it('when Electron\'s installer fails, shows its error line without the stack, in English or Russian by LANG', async () => {
    const record = path.join(temp, 'record');
    const electronDir = electronPackage('fails', record);
    const english = await launch(['preview', '--skipBuild'], { cwd: appFolder(), env: { ALLIANCE_DESK_ELECTRON_PACKAGE: electronDir } });
    expect(expectTwoLineMessage(english)).toEqual([
      'Electron 45.6.0 could not be downloaded (HTTPError: Response code 404 (Not Found)).',
      'Fix: set ELECTRON_MIRROR=https://mirror.example/electron/ or ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-folder (an unpacked Electron 45.6.0), then run again.',
    ]);
    expect(english.stdout).toContain('Downloading Electron 45.6.0');

    const russian = await launch(['dev'], { cwd: path.join(temp, 'app'), env: { ALLIANCE_DESK_ELECTRON_PACKAGE: electronDir, LANG: 'ru_RU.UTF-8' } });
    const [problem, fix] = expectTwoLineMessage(russian);
    expect(problem).toMatch(/^Не удалось скачать Electron 45\.6\.0 \(HTTPError: Response code 404/);
    expect(fix).toMatch(/^Что сделать: задайте ELECTRON_MIRROR=.* или ELECTRON_OVERRIDE_DIST_PATH=/);
    expect(existsSync(record)).toBe(false);
  });

  it('runs the installer once, then electron-vite preview starts what it installed with the app folder', async () => {
    const record = path.join(temp, 'record');
    const electronDir = electronPackage('installs-stand-in', record);
    const app = appFolder();
    for (let start = 0; start < 2; start += 1) {
      rmSync(record, { force: true });
      const run = await launch(['preview', '--skipBuild'], { cwd: app, env: { ALLIANCE_DESK_ELECTRON_PACKAGE: electronDir } });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(readRecord(record)).toMatchObject({ cwd: app, args: ['.'] });
    }
    // The second start found the installed executable and did not run the installer again.
    expect(readFileSync(path.join(electronDir, 'installer-runs'), 'utf8')).toBe('run\n');
  });

  it('starts the executable in ELECTRON_OVERRIDE_DIST_PATH without downloading, and exits with its exit code', async () => {
    const record = path.join(temp, 'record');
    const folder = path.join(temp, 'electron-folder');
    writeStandIn(path.join(folder, 'electron'), record, 7);
    const app = appFolder();
    // The real electron package: its installer would need a newer Node here, and is never reached.
    const run = await launch(['preview', '--skipBuild'], { cwd: app, env: { ELECTRON_OVERRIDE_DIST_PATH: folder } });
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('Downloading');
    expect(run.code).toBe(7);
    expect(readRecord(record)).toMatchObject({ cwd: app, args: ['.'] });
  });

  it('names the folder when ELECTRON_OVERRIDE_DIST_PATH holds no executable', async () => {
    const folder = path.join(temp, 'empty-folder');
    mkdirSync(folder);
    const run = await launch(['preview', '--skipBuild'], { cwd: appFolder(), env: { ELECTRON_OVERRIDE_DIST_PATH: folder } });
    const [problem, fix] = expectTwoLineMessage(run);
    expect(problem).toBe(`ELECTRON_OVERRIDE_DIST_PATH=${folder} holds no Electron executable (${path.join(folder, 'electron')}).`);
    expect(fix).toMatch(/^Fix: point it at an unpacked Electron \d+\.\d+\.\d+ folder\.$/);
  });

  it('npm run dev: electron-vite builds main and preload, serves the renderer and starts the executable with both', async () => {
    const record = path.join(temp, 'record');
    const folder = path.join(temp, 'electron-folder');
    writeStandIn(path.join(folder, 'electron'), record);
    const out = path.join(temp, 'out');
    const entry = path.join(out, 'main', 'index.js');
    // The private out dir keeps the shared out/ untouched; ELECTRON_ENTRY points electron-vite at it.
    const run = await launch(['dev', '--logLevel', 'warn'], {
      cwd: REPO,
      env: { ELECTRON_OVERRIDE_DIST_PATH: folder, ALLIANCE_DESK_OUT_DIR: out, ELECTRON_ENTRY: entry },
    });
    expect(run.code).toBe(0);
    expect(readRecord(record)).toMatchObject({ cwd: path.resolve(REPO), args: [entry], mode: 'development' });
    expect(readRecord(record).renderer).toMatch(/^http:\/\/localhost:\d+$/);
    expect(existsSync(path.join(out, 'preload', 'index.cjs'))).toBe(true);
  });
});

describe('which Electron the launcher runs', () => {
  const electron: ElectronPackage = { dir: '/repo/node_modules/electron', version: '45.6.0', nodeRange: '>= 22.12.0', installedVersion: null, pathTxt: null };
  const facts = (env: Record<string, string>, overrides: Partial<ElectronPackage> = {}, nodeVersion = '22.12.0') => ({
    env,
    platform: 'linux',
    nodeVersion,
    electron: { ...electron, ...overrides },
  });
  const everyFileRuns = () => true;

  it('prefers ELECTRON_EXEC_PATH, then ELECTRON_OVERRIDE_DIST_PATH, then the installed binary of this exact version', () => {
    const installed = { installedVersion: '45.6.0', pathTxt: 'electron' };
    expect(findElectron(facts({ ELECTRON_EXEC_PATH: '/x/run', ELECTRON_OVERRIDE_DIST_PATH: '/o' }, installed), everyFileRuns)).toEqual({ run: '/x/run' });
    expect(findElectron(facts({ ELECTRON_OVERRIDE_DIST_PATH: '/o' }, installed), everyFileRuns)).toEqual({ run: '/o/electron' });
    expect(findElectron(facts({}, installed), everyFileRuns)).toEqual({ run: '/repo/node_modules/electron/dist/electron' });
    // An earlier version left in dist/ (after an upgrade) is downloaded again, as Electron's installer does.
    expect(findElectron(facts({}, { installedVersion: '45.4.1', pathTxt: 'electron' }), everyFileRuns)).toEqual({ install: true });
    expect(findElectron(facts({}, installed), () => false)).toEqual({ install: true });
  });

  it('does not start the installer when downloads are switched off or Node is older than it needs', () => {
    expect(findElectron(facts({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }), everyFileRuns)).toEqual({ problem: { kind: 'skipped', version: '45.6.0' } });
    expect(findElectron(facts({}, {}, '20.19.0'), everyFileRuns)).toEqual({
      problem: { kind: 'node', minimum: '22.12.0', current: '20.19.0', version: '45.6.0' },
    });
    expect(findElectron(facts({}, { nodeRange: '^22 || ^24' }, '20.19.0'), everyFileRuns)).toEqual({ install: true });
    expect(findElectron(facts({}, {}, '24.1.0'), everyFileRuns)).toEqual({ install: true });
  });

  it('compares versions numerically and reads only ">=" engine ranges', () => {
    expect(isOlder('20.19.0', '22.12.0')).toBe(true);
    expect(isOlder('22.9.0', '22.12.0')).toBe(true);
    expect(isOlder('22.12.0', '22.12.0')).toBe(false);
    expect(isOlder('v23.0.0', '22.12.0')).toBe(false);
    expect(minimumNode('>= 22.12.0')).toBe('22.12.0');
    expect(minimumNode('^20.19.0 || >=22.12.0')).toBeNull();
  });

  it('takes the error line out of an uncaught error, skipping the file location and the frames', () => {
    const uncaught = [
      '/repo/node_modules/electron/install.js:3',
      "const { downloadArtifact } = require('@electron/get');",
      '                              ^',
      '',
      'Error [ERR_REQUIRE_ESM]: require() of ES Module /repo/node_modules/@electron/get/dist/index.js from /repo/node_modules/electron/install.js not supported.',
      '    at Object.<anonymous> (/repo/node_modules/electron/install.js:3:30)',
    ].join('\n');
    const reason = installerReason(uncaught);
    expect(reason).toMatch(/^Error \[ERR_REQUIRE_ESM\]: require\(\) of ES Module \/repo\/.*\.\.\.$/);
    expect(reason).toHaveLength(120);
    expect(installerReason('TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13')).toBe('TypeError: fetch failed');
    expect(installerReason('')).toBe('');
  });

  it('speaks Russian when the terminal locale is Russian, LC_ALL first', () => {
    expect(consoleLanguage({ LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(consoleLanguage({ LC_ALL: 'en_US.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(consoleLanguage({})).toBe('en');
    expect(describeProblem({ kind: 'skipped', version: '45.6.0' }, 'ru')[0]).toBe('Electron 45.6.0 не скачан, а ELECTRON_SKIP_BINARY_DOWNLOAD запрещает скачивание.');
  });
});
