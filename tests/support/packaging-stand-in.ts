import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

// Helpers for tests/integration/packaging.test.ts.
//
// THE STAND-IN IS NOT ELECTRON. The real Electron binary is downloaded from outside the package
// registry and cannot be had on these machines, so electron-builder is given, as `electronDist`,
// a folder laid out like an unpacked Electron whose "executable" is a tiny shell script that only
// says it is a stand-in. Everything electron-builder does around the binary — copying the app
// into resources/app.asar, renaming, Info.plist, the file association, the icon, the asar
// integrity hash, flipping fuses — runs for real; nothing here can start the app.
//
// The script carries, as a trailing comment, the fuse wire that real Electron binaries embed:
// the @electron/fuses sentinel, the wire version (1), its length and one byte per fuse in
// Electron's default state. So @electron/fuses finds and flips it exactly as it would in a real
// binary, and the test can read back what electron-builder wrote.

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's default fuse states, in wire order ('1' on, '0' off). */
export const DEFAULT_WIRE = {
  RunAsNode: '1',
  EnableCookieEncryption: '0',
  EnableNodeOptionsEnvironmentVariable: '1',
  EnableNodeCliInspectArguments: '1',
  EnableEmbeddedAsarIntegrityValidation: '0',
  OnlyLoadAppFromAsar: '0',
  LoadBrowserProcessSpecificV8Snapshot: '0',
  GrantFileProtocolExtraPrivileges: '1',
};

function standInExecutable(): Buffer {
  const fuses = Object.values(DEFAULT_WIRE).join('');
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, fuses.length]), Buffer.from(fuses)]);
  const script = '#!/bin/sh\necho "Electron stand-in for packaging tests: not Electron, it cannot run the app" >&2\nexit 1\n# ';
  return Buffer.concat([Buffer.from(script), wire, Buffer.from('\n')]);
}

async function writeExecutable(file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, standInExecutable());
  await chmod(file, 0o755);
}

/** An unpacked "Electron for Linux": the executable `electron`, resources/, locales/. */
export async function makeLinuxStandIn(dir: string): Promise<string> {
  await writeExecutable(path.join(dir, 'electron'));
  await mkdir(path.join(dir, 'resources'), { recursive: true });
  await mkdir(path.join(dir, 'locales'), { recursive: true });
  await writeFile(path.join(dir, 'STAND-IN-NOT-ELECTRON.txt'), 'Not Electron: a stand-in for packaging tests.\n');
  return dir;
}

const plist = (entries: Record<string, string>) =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n' +
  `<plist version="1.0"><dict>${Object.entries(entries)
    .map(([key, value]) => `<key>${key}</key><string>${value}</string>`)
    .join('')}</dict></plist>\n`;

/**
 * An unpacked "Electron for macOS": Electron.app with the Info.plist files electron-builder edits,
 * one helper, and the framework binary that holds the fuse wire on macOS.
 */
export async function makeMacStandIn(dir: string): Promise<string> {
  const contents = path.join(dir, 'Electron.app', 'Contents');
  await writeExecutable(path.join(contents, 'MacOS', 'Electron'));
  await writeFile(
    path.join(contents, 'Info.plist'),
    plist({ CFBundleExecutable: 'Electron', CFBundleIdentifier: 'com.github.Electron', CFBundleName: 'Electron', CFBundleIconFile: 'electron.icns' }),
  );
  await mkdir(path.join(contents, 'Resources'), { recursive: true });
  const frameworks = path.join(contents, 'Frameworks');
  await writeExecutable(path.join(frameworks, 'Electron Framework.framework', 'Electron Framework'));
  const helper = path.join(frameworks, 'Electron Helper.app', 'Contents');
  await writeExecutable(path.join(helper, 'MacOS', 'Electron Helper'));
  await writeFile(path.join(helper, 'Info.plist'), plist({ CFBundleExecutable: 'Electron Helper', CFBundleIdentifier: 'com.github.Electron.helper' }));
  return dir;
}

/**
 * Runs the electron-builder CLI the way `npm run dist:dir` does, against a stand-in, writing into
 * `outputDir`. Returns the CLI's combined output (thrown with it on failure).
 */
export function runElectronBuilder(projectDir: string, platform: '--linux' | '--mac', electronDist: string, outputDir: string): string {
  const cli = path.join(projectDir, 'node_modules', 'electron-builder', 'cli.js');
  const run = spawnSync(
    process.execPath,
    [cli, platform, '--dir', '--config', 'electron-builder.config.cjs', `-c.electronDist=${electronDist}`, `-c.directories.output=${outputDir}`],
    {
      cwd: projectDir,
      encoding: 'utf8',
      timeout: 120_000,
      // No signing identity lookup (macOS only) and no update checks of electron-builder itself.
      env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false', ELECTRON_BUILDER_DISABLE_UPDATE_CHECK: 'true' },
    },
  );
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0) throw new Error(`electron-builder ${platform} --dir failed (${run.status ?? run.signal}):\n${output}`);
  return output;
}

/** The one `<platform>*-unpacked` (Linux) or `mac*` folder electron-builder made in `outputDir`. */
export async function unpackedDir(outputDir: string, prefix: 'linux' | 'mac'): Promise<string> {
  const names = (await readdir(outputDir)).filter((name) => name.startsWith(prefix) && !name.endsWith('.yml'));
  if (names.length !== 1) throw new Error(`expected one ${prefix} output folder in ${outputDir}, found: ${names.join(', ') || 'none'}`);
  const dir = path.join(outputDir, names[0]!);
  if (!(await stat(dir)).isDirectory()) throw new Error(`${dir} is not a folder`);
  return dir;
}
