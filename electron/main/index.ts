import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { registerAppScheme } from './app-scheme';
import { DEV_BUILD } from './build-flags';
import { bundlePathFromArgv, openedBundle } from './open-file-args';
import { appPaths, CONFIG_DIR_ENV } from './paths';
import { startApp } from './start-app';

// Main-process entry: one window, one workspace session, every request through the IPC contract
// (electron/main/start-app.ts).

const paths = appPaths(path.dirname(fileURLToPath(import.meta.url)), { devBuild: DEV_BUILD });
const configDirOverride = process.env[CONFIG_DIR_ENV];
// Before the single-instance lock: the lock is per userData dir, so test runs do not collide.
if (configDirOverride) app.setPath('userData', path.resolve(configDirOverride));
app.enableSandbox();
// Privileged schemes can only be registered before 'ready'.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A double-clicked .adbundle (file association): macOS says so through 'open-file', which can
  // come before 'ready'; Windows and Linux put it in argv. The import preview takes it from
  // openedBundle (electron/main/open-file-args.ts).
  app.on('open-file', (event, file) => {
    if (openedBundle.offer(file)) event.preventDefault();
  });
  openedBundle.offer(bundlePathFromArgv(process.argv, process.cwd()));
  void startApp(paths).catch((error: unknown) => {
    console.error('Alliance Desk failed to start', error);
    app.exit(1);
  });
}
