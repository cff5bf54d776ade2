/**
 * The web preferences every window of the app must have, as the tests expect them (stated here,
 * not imported from electron/main/window-options.ts, so a change there has to be made on purpose).
 */
export const EXPECTED_SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  spellcheck: false,
} as const;
