import path from 'node:path';

/** The app's own files in its config dir (Electron's userData, or a temp dir in tests). */
export function configFiles(configDir: string) {
  return {
    settings: path.join(configDir, 'settings.json'),
    device: path.join(configDir, 'device.json'),
    recent: path.join(configDir, 'recent-workspaces.json'),
  };
}
