import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_EXTENSION } from '../../electron/main/open-file-args';
import { DEFAULT_WIRE, makeLinuxStandIn, makeMacStandIn, runElectronBuilder, unpackedDir } from '../support/packaging-stand-in';

// Packaging, tested with what can run here. The Electron binary cannot be downloaded on
// these machines, so electron-builder packages the app (`--dir`: unpacked, no installer) against a
// STAND-IN given as electronDist — a folder shaped like Electron whose executable is a shell
// script, NOT Electron (see tests/support/packaging-stand-in.ts). What this proves: which files go
// into app.asar, the icon and the file association electron-builder writes, the asar integrity
// hash, and that the configured fuses are written into the binary's fuse wire. What it cannot
// prove: that Electron starts from this archive, or honours the fuses; that the AppImage, deb,
// NSIS and dmg installers build (their tools are downloaded at build time); signing.

const root = fileURLToPath(new URL('../..', import.meta.url));
const requireFromRoot = createRequire(path.join(root, 'package.json'));
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
const config = requireFromRoot('./electron-builder.config.cjs') as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
};

/** The fuse settings the app ships with (README.md, "Fuses"), by @electron/fuses option name. */
const expectedFuses: Partial<Record<keyof typeof FuseV1Options, boolean>> = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableCookieEncryption: true,
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  // Off: the renderer and the print page are served from app://, nothing from file://.
  GrantFileProtocolExtraPrivileges: false,
};

const builtFiles = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/cli/alliance-desk.mjs'];

let work: string;
let linuxApp: string; // <tmp>/linux/linux-unpacked
let macApp: string; // <tmp>/mac/mac/Alliance Desk.app
let archive: string; // the Linux app.asar
let entries: string[]; // its entries, without the leading slash

beforeAll(async () => {
  buildIfStale();
  work = await mkdtemp(path.join(tmpdir(), 'alliance-desk-packaging-'));
  const linuxDist = await makeLinuxStandIn(path.join(work, 'stand-in-linux'));
  const macDist = await makeMacStandIn(path.join(work, 'stand-in-mac'));
  runElectronBuilder(root, '--linux', linuxDist, path.join(work, 'linux'));
  runElectronBuilder(root, '--mac', macDist, path.join(work, 'mac'));
  linuxApp = await unpackedDir(path.join(work, 'linux'), 'linux');
  macApp = path.join(await unpackedDir(path.join(work, 'mac'), 'mac'), 'Alliance Desk.app');
  archive = path.join(linuxApp, 'resources', 'app.asar');
  entries = asar.listPackage(archive, { isPack: false }).map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''));
}, 180_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packaged app (electron-builder --dir against a stand-in, which is NOT Electron)', () => {
  it('is an asar archive holding the built main process, preload, renderer and CLI', () => {
    expect(existsSync(archive)).toBe(true);
    expect(existsSync(path.join(linuxApp, 'resources', 'app'))).toBe(false); // no loose app folder
    for (const file of [...builtFiles, 'package.json']) expect(entries, file).toContain(file);
    // Exactly what the build made under out/ (source maps aside), nothing more or less.
    const outFiles = listFiles(path.join(root, 'out'))
      .map((file) => `out/${file}`)
      .filter((file) => !file.endsWith('.map'));
    const packedOut = entries.filter((entry) => entry.startsWith('out/') && isFileEntry(entry));
    expect(packedOut.sort()).toEqual(outFiles.sort());
    const packagedMain = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as { main: string };
    expect(entries).toContain(packagedMain.main);
  });

  it('holds every runtime dependency, and every package the bundles import', () => {
    for (const name of Object.keys(packageJson.dependencies ?? {})) {
      expect(entries, `runtime dependency ${name}`).toContain(`node_modules/${name}/package.json`);
    }
    for (const bundle of ['out/main/index.js', 'out/cli/alliance-desk.mjs']) {
      for (const name of importedPackages(asar.extractFile(archive, bundle).toString('utf8'))) {
        expect(entries, `${bundle} imports ${name}`).toContain(`node_modules/${name}/package.json`);
      }
    }
  });

  it('holds no sources, tests, source maps or development dependencies', () => {
    const topLevel = new Set(entries.map((entry) => entry.split('/')[0]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json']);
    expect(entries.filter((entry) => /\.(ts|tsx|mts|cts|map)$/.test(entry))).toEqual([]);
    expect(entries.filter((entry) => entry.startsWith('out/') && /(^|\/)(tests?|__tests__|e2e)\//.test(entry))).toEqual([]);

    // Every packaged module is a production package (same name and version) in package-lock.json.
    const production = productionPackages();
    const packaged = packagedModules();
    expect(packaged.length).toBeGreaterThan(0);
    for (const { name, version } of packaged) {
      expect(production.has(`${name}@${version}`), `${name}@${version} is a production package`).toBe(true);
    }
    const names = new Set(packaged.map(({ name }) => name));
    for (const dev of ['react', 'react-dom', 'vitest', 'typescript', 'vite', 'eslint', 'electron', 'electron-builder', 'tsx', '@playwright/test']) {
      expect(names.has(dev), `${dev} packed`).toBe(false);
    }
  });

  it('writes no update configuration: no background update checks', () => {
    expect(config.publish).toBeNull();
    expect(existsSync(path.join(linuxApp, 'resources', 'app-update.yml'))).toBe(false);
    expect(existsSync(path.join(macApp, 'Contents', 'Resources', 'app-update.yml'))).toBe(false);
    expect(entries.some((entry) => entry.startsWith('node_modules/electron-updater/'))).toBe(false);
  });
});

describe('the icon', () => {
  it('is a 1024×1024 PNG rendered from build/icon.svg, with a Linux set, .ico and .icns beside it', () => {
    expect(existsSync(path.join(root, 'build', 'icon.svg'))).toBe(true);
    expect(pngSize(path.join(root, 'build', 'icon.png'))).toEqual([1024, 1024]);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(path.join(root, 'build', 'icons', `${size}x${size}.png`))).toEqual([size, size]);
    }
    const ico = readFileSync(path.join(root, 'build', 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1); // an icon resource
    const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    expect(icoSizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    expect(readFileSync(path.join(root, 'build', 'icon.icns')).subarray(0, 4).toString('ascii')).toBe('icns');
  });

  it('is the one electron-builder puts in the macOS app', () => {
    const packed = readFileSync(path.join(macApp, 'Contents', 'Resources', 'icon.icns'));
    expect(packed.equals(readFileSync(path.join(root, 'build', 'icon.icns')))).toBe(true);
    expect(plistString(infoPlist(), 'CFBundleIconFile')).toBe('icon.icns');
  });

  it('is configured for every platform', () => {
    const platforms = config as unknown as Record<'linux' | 'win' | 'mac', { icon: string }>;
    expect(existsSync(path.join(root, 'build', platforms.linux.icon))).toBe(true);
    expect(existsSync(path.join(root, 'build', platforms.win.icon))).toBe(true);
    expect(existsSync(path.join(root, 'build', platforms.mac.icon))).toBe(true);
  });
});

describe('the .adbundle file association', () => {
  it('is configured with its name, role and MIME type', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'adbundle', name: 'Alliance Desk bundle', role: 'Editor', mimeType: 'application/x-alliance-desk-bundle' }),
    ]);
     // The extension the main process looks for when the OS opens a file with the app.
    expect(`.${(config.fileAssociations as { ext: string }[])[0]!.ext}`).toBe(BUNDLE_EXTENSION);
  });

  it('is declared in the macOS Info.plist electron-builder wrote', () => {
    const plist = infoPlist();
    expect(plistString(plist, 'CFBundleIdentifier')).toBe('org.alliancedesk.app');
    const documentTypes = plist.slice(plist.indexOf('<key>CFBundleDocumentTypes</key>'));
    expect(documentTypes).toMatch(/<key>CFBundleTypeExtensions<\/key>\s*<array>\s*<string>adbundle<\/string>/);
    expect(plistString(documentTypes, 'CFBundleTypeRole')).toBe('Editor');
    expect(plistString(documentTypes, 'CFBundleTypeName')).toBe('Alliance Desk bundle');
  });
});

describe('the fuses', () => {
  it('are set in the configuration as README.md lists them', () => {
    for (const [name, value] of Object.entries(expectedFuses)) {
      const key = name.charAt(0).toLowerCase() + name.slice(1);
      expect(config.electronFuses[key], name).toBe(value);
    }
  });

  it('were flipped by electron-builder in the stand-in binaries (Linux executable, macOS framework)', async () => {
    // The stand-in starts from Electron's defaults, so each fuse set against its default — file://
    // privileges among them — reads back changed only because electron-builder wrote it.
    expect(DEFAULT_WIRE.GrantFileProtocolExtraPrivileges).toBe('1');
    expect(expectedFuses.GrantFileProtocolExtraPrivileges).toBe(false);
    // This proves electron-builder wrote the configured bytes where Electron keeps them; only a
    // real Electron binary could show that Electron then obeys them.
    const binaries = [
      path.join(linuxApp, 'alliance-desk'),
      macApp, // @electron/fuses finds Contents/Frameworks/Electron Framework.framework/Electron Framework
    ];
    for (const binary of binaries) {
      const wire = await getCurrentFuseWire(binary);
      for (const [name, on] of Object.entries(expectedFuses)) {
        const state = (wire as unknown as Record<number, number>)[FuseV1Options[name as keyof typeof FuseV1Options]];
        expect(String.fromCharCode(state ?? 0), `${name} in ${path.basename(binary)}`).toBe(on ? '1' : '0');
      }
    }
  });

  it('asar integrity: the macOS app carries the SHA-256 of the archive header', () => {
    const macArchive = path.join(macApp, 'Contents', 'Resources', 'app.asar');
    const integrity = infoPlist().slice(infoPlist().indexOf('<key>ElectronAsarIntegrity</key>'));
    const expected = createHash('sha256').update(asar.getRawHeader(macArchive).headerString).digest('hex');
    expect(integrity).toContain('<key>Resources/app.asar</key>');
    expect(plistString(integrity, 'hash')).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------

/** Runs `npm run build` when out/ lacks a bundle or is older than any source. */
function buildIfStale(): void {
  const outputs = builtFiles.map((file) => path.join(root, file));
  const oldestOutput = Math.min(...outputs.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
  const sources = ['electron', 'shared', 'renderer'].flatMap((dir) => listFiles(path.join(root, dir)).map((file) => path.join(root, dir, file)));
  const newestSource = Math.max(...sources.map((file) => statSync(file).mtimeMs), statSync(path.join(root, 'package.json')).mtimeMs);
  if (oldestOutput > newestSource) return;
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, encoding: 'utf8', timeout: 150_000 });
  if (build.status !== 0) throw new Error(`npm run build failed; the packaging test needs out/:\n${build.stdout}${build.stderr}`);
}

/** Files under `dir`, relative, with forward slashes. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

function isFileEntry(entry: string): boolean {
  return 'size' in asar.statFile(archive, entry) || 'link' in asar.statFile(archive, entry);
}

/** Package names of the bare imports in a bundle: import/export … from, import(), require(). */
function importedPackages(code: string): Set<string> {
  const patterns = [
    /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']/gm, // statements start a line
    /^\s*import\s*["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  ];
  const names = new Set<string>();
  for (const match of patterns.flatMap((pattern) => [...code.matchAll(pattern)])) {
    const specifier = match[1]!;
    if (/^[./]/.test(specifier) || specifier.startsWith('node:') || specifier === 'electron') continue;
    const parts = specifier.split('/');
    const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
    if (builtinModules.includes(name)) continue;
    names.add(name);
  }
  return names;
}

/** `name@version` of every package package-lock.json does not mark as development-only. */
function productionPackages(): Set<string> {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; name?: string; dev?: boolean; devOptional?: boolean }>;
  };
  const production = new Set<string>();
  for (const [key, info] of Object.entries(lock.packages)) {
    if (!key.includes('node_modules/') || info.dev || info.devOptional) continue;
    production.add(`${info.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${info.version}`);
  }
  return production;
}

/** Every package in the archive (electron-builder hoists nested ones), with its version. */
function packagedModules(): { name: string; version: string }[] {
  return entries
    .filter((entry) => /(^|\/)node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(entry))
    .map((entry) => JSON.parse(asar.extractFile(archive, entry).toString('utf8')) as { name: string; version: string })
    .filter((info) => info.name && info.version) // nested package.json files that only set "type"
    .map(({ name, version }) => ({ name, version }));
}

function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

let plistText: string | undefined;
function infoPlist(): string {
  plistText ??= readFileSync(path.join(macApp, 'Contents', 'Info.plist'), 'utf8');
  return plistText;
}

/** The first `<key>key</key><string>value</string>` in a plist text. */
function plistString(text: string, key: string): string | undefined {
  return new RegExp(`<key>${key}</key>\\s*<string>([^<]*)</string>`).exec(text)?.[1];
}
