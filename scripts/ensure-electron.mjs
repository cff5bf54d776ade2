// `npm start` / `npm run dev`: `node scripts/ensure-electron.mjs <electron-vite command> [args]`.
// Makes sure the Electron executable is there (Electron's own installer fetches it when missing;
// see scripts/ensure-electron-logic.mjs), then runs electron-vite in this same process with that
// executable in ELECTRON_EXEC_PATH — electron-vite's own setting — so signals, Ctrl+C and the exit
// code are electron-vite's without any forwarding. Where no executable can be had it prints the
// reason and the fix in two lines and exits 1, with no stack trace.
//
// ALLIANCE_DESK_ELECTRON_PACKAGE names another electron package folder (tests use a stand-in).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureElectron } from './ensure-electron-logic.mjs';

const require = createRequire(import.meta.url);

const io = {
  readText(file) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
  isExecutable(file) {
    try {
      accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
      return statSync(file).isFile();
    } catch {
      return false;
    }
  },
  // Electron's installer prints a stack trace on failure: captured, so only its first line is shown.
  runInstaller(installJs) {
    const run = spawnSync(process.execPath, [installJs], { cwd: path.dirname(installJs), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: run.status === 0, output: `${run.stderr ?? ''}\n${run.stdout ?? ''}\n${run.error?.message ?? ''}` };
  },
  announce(line) {
    console.log(line);
  },
};

function packageDir(name) {
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    return fileURLToPath(new URL(`../node_modules/${name}`, import.meta.url));
  }
}

const electronDir = process.env.ALLIANCE_DESK_ELECTRON_PACKAGE || packageDir('electron');
const found = ensureElectron({ env: process.env, platform: process.platform, nodeVersion: process.versions.node, electronDir }, io);
if (found.lines) {
  for (const line of found.lines) console.error(line);
  process.exitCode = 1;
} else {
  process.env.ELECTRON_EXEC_PATH = found.executable;
  const cli = path.join(packageDir('electron-vite'), 'bin', 'electron-vite.js');
  process.argv = [process.argv[0], cli, ...process.argv.slice(2)];
  await import(pathToFileURL(cli).href);
}
