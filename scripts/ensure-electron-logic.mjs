// Decisions behind `npm start` / `npm run dev` (scripts/ensure-electron.mjs): which Electron
// executable to run, whether Electron's own installer must fetch it first, and the short message
// when neither works. Electron 45 downloads its binary lazily (node_modules/electron/install.js,
// normally triggered by `require('electron')`), but electron-vite only reads path.txt and fails
// with "Electron uninstall" on a fresh checkout — so the launcher runs the installer itself.
// Everything here is pure except ensureElectron, whose file and process access comes in as `io`.
import path from 'node:path';

/** The executable inside an Electron folder, as node_modules/electron/install.js names it. */
export function executableName(platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron';
    case 'win32':
      return 'electron.exe';
    default:
      return null;
  }
}

/** The lowest Node a `>= x.y.z` engines range allows; null for any other form (then nothing is checked). */
export function minimumNode(range) {
  const match = /^\s*>=\s*v?(\d+\.\d+\.\d+)\s*$/.exec(range ?? '');
  return match ? match[1] : null;
}

/** Whether dotted version `version` is older than `minimum`. */
export function isOlder(version, minimum) {
  const a = version.replace(/^v/, '').split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return false;
}

/** 'ru' when the terminal's locale is Russian, else 'en' (the launcher runs before the app's own i18n). */
export function consoleLanguage(env) {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ru/i.test(locale) ? 'ru' : 'en';
}

/**
 * Where the executable comes from, in the order electron-vite and the electron package honour:
 * ELECTRON_EXEC_PATH (electron-vite's own), ELECTRON_OVERRIDE_DIST_PATH (the electron package's),
 * then what Electron's installer put in the package's dist/ (valid only for this exact version).
 *
 * facts: { env, platform, nodeVersion, electron: { dir, version, nodeRange, installedVersion, pathTxt } }
 * isExecutable(path) → boolean. Returns { run: path } | { install: true } | { problem }.
 */
export function findElectron(facts, isExecutable) {
  const { env, platform, electron } = facts;
  if (!electron.version) return { problem: { kind: 'no-package', dir: electron.dir } };
  if (env.ELECTRON_EXEC_PATH) {
    return isExecutable(env.ELECTRON_EXEC_PATH)
      ? { run: env.ELECTRON_EXEC_PATH }
      : { problem: { kind: 'exec-path', path: env.ELECTRON_EXEC_PATH } };
  }
  const name = executableName(platform);
  if (!name) return { problem: { kind: 'platform', platform, version: electron.version } };
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const executable = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, name);
    return isExecutable(executable)
      ? { run: executable }
      : { problem: { kind: 'override', folder: env.ELECTRON_OVERRIDE_DIST_PATH, executable, version: electron.version } };
  }
  const installed = path.join(electron.dir, 'dist', name);
  if (electron.installedVersion === electron.version && electron.pathTxt === name && isExecutable(installed)) {
    return { run: installed };
  }
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD && !/^(0|false)$/i.test(env.ELECTRON_SKIP_BINARY_DOWNLOAD)) {
    return { problem: { kind: 'skipped', version: electron.version } };
  }
  // Electron's installer needs @electron/get's Node; an older one fails with an unreadable trace.
  const minimum = minimumNode(electron.nodeRange);
  if (minimum && isOlder(facts.nodeVersion, minimum)) {
    return { problem: { kind: 'node', minimum, current: facts.nodeVersion.replace(/^v/, ''), version: electron.version } };
  }
  return { install: true };
}

/**
 * What went wrong, from the installer's output: its error line ("TypeError: fetch failed") — an
 * uncaught error starts with the file location and the source line, so those are passed over —
 * else the first line that is not a stack frame; shortened.
 */
export function installerReason(output) {
  const lines = output
    .split(/\r?\n/)
    .map((text) => text.trim())
    .filter((text) => text !== '' && !/^at\s/.test(text));
  const line = lines.find((text) => /^([A-Z]\w*)?Error\b[^:]*:/.test(text)) ?? lines[0];
  if (!line) return '';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

const OVERRIDE_HINT = 'ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-folder';
const MIRROR_HINT = 'ELECTRON_MIRROR=https://mirror.example/electron/';

const MESSAGES = {
  en: {
    'no-package': (p) => [`The electron package is missing (${p.dir}).`, 'Fix: run npm ci first.'],
    'exec-path': (p) => [`ELECTRON_EXEC_PATH=${p.path} is not an executable file.`, 'Fix: point it at the Electron executable, or unset it.'],
    platform: (p) => [`Electron ${p.version} has no build for this platform (${p.platform}).`, `Fix: ${OVERRIDE_HINT} (an Electron ${p.version} built for it).`],
    override: (p) => [`ELECTRON_OVERRIDE_DIST_PATH=${p.folder} holds no Electron executable (${p.executable}).`, `Fix: point it at an unpacked Electron ${p.version} folder.`],
    skipped: (p) => [`Electron ${p.version} is not downloaded, and ELECTRON_SKIP_BINARY_DOWNLOAD forbids it.`, `Fix: unset ELECTRON_SKIP_BINARY_DOWNLOAD, or set ${OVERRIDE_HINT} (an unpacked Electron ${p.version}).`],
    node: (p) => [`Electron ${p.version} is not downloaded yet, and its installer needs Node ${p.minimum} or newer (this is Node ${p.current}).`, `Fix: use Node ${p.minimum.split('.')[0]} (.nvmrc), or set ${OVERRIDE_HINT} (an unpacked Electron ${p.version}).`],
    install: (p) => [`Electron ${p.version} could not be downloaded${p.reason ? ` (${p.reason})` : ''}.`, `Fix: set ${MIRROR_HINT} or ${OVERRIDE_HINT} (an unpacked Electron ${p.version}), then run again.`],
  },
  ru: {
    'no-package': (p) => [`Нет пакета electron (${p.dir}).`, 'Что сделать: сначала выполните npm ci.'],
    'exec-path': (p) => [`ELECTRON_EXEC_PATH=${p.path} — не исполняемый файл.`, 'Что сделать: укажите в нём исполняемый файл Electron или уберите переменную.'],
    platform: (p) => [`Для этой платформы (${p.platform}) нет сборки Electron ${p.version}.`, `Что сделать: ${OVERRIDE_HINT} (Electron ${p.version}, собранный для неё).`],
    override: (p) => [`В ELECTRON_OVERRIDE_DIST_PATH=${p.folder} нет исполняемого файла Electron (${p.executable}).`, `Что сделать: укажите распакованную папку Electron ${p.version}.`],
    skipped: (p) => [`Electron ${p.version} не скачан, а ELECTRON_SKIP_BINARY_DOWNLOAD запрещает скачивание.`, `Что сделать: уберите ELECTRON_SKIP_BINARY_DOWNLOAD или задайте ${OVERRIDE_HINT} (распакованный Electron ${p.version}).`],
    node: (p) => [`Electron ${p.version} ещё не скачан, а его установщику нужен Node ${p.minimum} или новее (сейчас Node ${p.current}).`, `Что сделать: возьмите Node ${p.minimum.split('.')[0]} (.nvmrc) или задайте ${OVERRIDE_HINT} (распакованный Electron ${p.version}).`],
    install: (p) => [`Не удалось скачать Electron ${p.version}${p.reason ? ` (${p.reason})` : ''}.`, `Что сделать: задайте ${MIRROR_HINT} или ${OVERRIDE_HINT} (распакованный Electron ${p.version}) и запустите снова.`],
  },
};

/** The problem line and the what-to-do line, in the console's language. */
export function describeProblem(problem, language) {
  return MESSAGES[language][problem.kind](problem);
}

/** Progress line printed (to stdout) before the installer's silent download. */
export function downloadingLine(version, language) {
  return language === 'ru' ? `Скачивается Electron ${version} (только при первом запуске)...` : `Downloading Electron ${version} (first start only)...`;
}

/**
 * Finds the executable, running Electron's own installer when it is missing.
 * io: { readText(path) → string | null, isExecutable(path) → boolean,
 *       runInstaller(installJs) → { ok: boolean, output: string }, announce(line) }.
 * Returns { executable } or { lines } (the message to print; the caller exits non-zero).
 */
export function ensureElectron({ env, platform, nodeVersion, electronDir }, io) {
  const language = consoleLanguage(env);
  const electron = readElectronPackage(electronDir, io);
  const facts = { env, platform, nodeVersion, electron };
  const first = findElectron(facts, io.isExecutable);
  if (first.run) return { executable: first.run };
  if (first.problem) return { lines: describeProblem(first.problem, language) };

  io.announce(downloadingLine(electron.version, language));
  const installed = io.runInstaller(path.join(electronDir, 'install.js'));
  const second = findElectron({ ...facts, electron: readElectronPackage(electronDir, io) }, io.isExecutable);
  if (installed.ok && second.run) return { executable: second.run };
  const reason = installed.ok ? '' : installerReason(installed.output);
  return { lines: describeProblem({ kind: 'install', version: electron.version, reason }, language) };
}

function readElectronPackage(dir, io) {
  const manifest = JSON.parse(io.readText(path.join(dir, 'package.json')) ?? '{}');
  return {
    dir,
    version: manifest.version ?? null,
    nodeRange: manifest.engines?.node ?? null,
    installedVersion: io.readText(path.join(dir, 'dist', 'version'))?.trim().replace(/^v/, '') ?? null,
    pathTxt: io.readText(path.join(dir, 'path.txt')),
  };
}

