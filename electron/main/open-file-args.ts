import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_EXTENSION } from '../exchange/bundle-format';

// Exchange bundles opened from the file manager (the `.adbundle` file association in
// electron-builder.config.cjs). The OS hands the path over in one of three ways:
// - macOS: an 'open-file' event, possibly before 'ready', also while the app is running;
// - Windows, Linux: an argument of the launch (Linux desktop files pass a file:// URL for %U);
// - a second launch while the app runs: its argv and working directory arrive in the running
//   instance's 'second-instance' event (one writer per workspace).
// Plain functions and a small holder, no Electron here, so tests run in Node.

// One definition of the extension: the exchange code names bundles with it too.
export { BUNDLE_EXTENSION };

/** Whether a path or file:// URL names an exchange bundle (by extension, any letter case). */
export function isBundlePath(file: string): boolean {
  return file.toLowerCase().endsWith(BUNDLE_EXTENSION) && !file.startsWith('-');
}

/**
 * The bundle a command line asks to open: the last argument naming a `.adbundle` file, as an
 * absolute path (relative ones resolved against `cwd`, file:// URLs converted), or undefined.
 * Switches (`--inspect`, Chromium's `--original-process-start-time=…`, macOS's `-psn_…`) are skipped.
 */
export function bundlePathFromArgv(argv: readonly string[], cwd: string): string | undefined {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]!;
    if (!isBundlePath(arg)) continue;
    const file = toPath(arg);
    if (file) return path.resolve(cwd, file);
  }
  return undefined;
}

function toPath(arg: string): string | undefined {
  if (!/^file:/i.test(arg)) return arg;
  try {
    return fileURLToPath(arg);
  } catch {
    return undefined; // a file:// URL of another host: not a local file
  }
}

/**
 * Holds the bundle the OS asked to open until the import preview takes it, and tells a listener
 * when one arrives while the app runs. Only the latest offer is kept.
 */
export class PendingBundle {
  private file: string | undefined;
  private readonly listeners = new Set<(file: string) => void>();

  /** Offers a path (from 'open-file' or bundlePathFromArgv); returns whether it was a bundle. */
  offer(file: string | undefined): boolean {
    if (!file || !isBundlePath(file)) return false;
    this.file = file;
    for (const listener of this.listeners) listener(file);
    return true;
  }

  /** The pending bundle, once: a second take() returns undefined until the next offer. */
  take(): string | undefined {
    const file = this.file;
    this.file = undefined;
    return file;
  }

  /** Calls `listener` on every later offer; returns the unsubscribe function. */
  onOffer(listener: (file: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The main process's one holder: index.ts feeds it; the import preview takes from it. */
export const openedBundle = new PendingBundle();
