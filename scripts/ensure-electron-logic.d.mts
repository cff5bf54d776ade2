// Types of scripts/ensure-electron-logic.mjs (plain JavaScript so `npm start` needs no TypeScript runner).

export type Language = 'en' | 'ru';

export interface ElectronPackage {
  dir: string;
  version: string | null;
  nodeRange: string | null;
  installedVersion: string | null;
  pathTxt: string | null;
}

export interface Facts {
  env: Record<string, string | undefined>;
  platform: string;
  nodeVersion: string;
  electron: ElectronPackage;
}

export type Problem =
  | { kind: 'no-package'; dir: string }
  | { kind: 'exec-path'; path: string }
  | { kind: 'platform'; platform: string; version: string }
  | { kind: 'override'; folder: string; executable: string; version: string }
  | { kind: 'skipped'; version: string }
  | { kind: 'node'; minimum: string; current: string; version: string }
  | { kind: 'install'; version: string; reason: string };

export type Finding = { run: string } | { install: true } | { problem: Problem };

export interface LauncherIo {
  readText(file: string): string | null;
  isExecutable(file: string): boolean;
  runInstaller(installJs: string): { ok: boolean; output: string };
  announce(line: string): void;
}

export function executableName(platform: string): string | null;
export function minimumNode(range: string | null | undefined): string | null;
export function isOlder(version: string, minimum: string): boolean;
export function consoleLanguage(env: Record<string, string | undefined>): Language;
export function findElectron(facts: Facts, isExecutable: (file: string) => boolean): Finding;
export function installerReason(output: string): string;
export function describeProblem(problem: Problem, language: Language): [string, string];
export function downloadingLine(version: string, language: Language): string;
export function ensureElectron(
  where: { env: Record<string, string | undefined>; platform: string; nodeVersion: string; electronDir: string },
  io: LauncherIo,
): { executable: string; lines?: undefined } | { lines: [string, string]; executable?: undefined };
