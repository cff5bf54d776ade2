import { _electron, type ElectronApplication } from '@playwright/test';
import { waitForFirstScreen, type HostSession } from './host-session';
import { MAIN_ENTRY, REPO_ROOT, requireBuilt } from './paths';

export interface ElectronLaunch {
  executable: string;
  configDir: string;
  locale: string;
}

/**
 * The real desktop app (out/main/index.js) on the test's config dir. The native folder picker and
 * the system browser are stubbed inside the main process, so no dialog ever blocks a test.
 */
export async function launchElectron(options: ElectronLaunch): Promise<HostSession> {
  requireBuilt(MAIN_ENTRY);
  const app = await _electron.launch({
    executablePath: options.executable,
    // The app folder (not the script) so Electron reads package.json: name, version, ESM main.
    args: [REPO_ROOT, `--lang=${options.locale}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: { ...process.env, ALLIANCE_DESK_CONFIG_DIR: options.configDir },
  });
  try {
    await installStubs(app);
    const page = await app.firstWindow();
    await waitForFirstScreen(page);
    return {
      page,
      setNextFolder: async (folder) => {
        await app.evaluate((_electron, answer) => {
          (globalThis as unknown as { __allianceDeskNextFolder: string | null }).__allianceDeskNextFolder = answer;
        }, folder);
      },
      openedExternally: () => app.evaluate(() => [...(globalThis as unknown as { __allianceDeskOpened: string[] }).__allianceDeskOpened]),
      close: () => app.close(),
    };
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
}

async function installStubs(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ dialog, shell }) => {
    const scope = globalThis as unknown as { __allianceDeskNextFolder: string | null; __allianceDeskOpened: string[] };
    scope.__allianceDeskNextFolder = null;
    scope.__allianceDeskOpened = [];
    const answer = async () => {
      const folder = scope.__allianceDeskNextFolder;
      scope.__allianceDeskNextFolder = null;
      return folder === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [folder] };
    };
    // The save dialog answers with the same one-shot path (app.setNextFolder).
    const answerSave = async () => {
      const { canceled, filePaths } = await answer();
      return canceled ? { canceled: true, filePath: '' } : { canceled: false, filePath: filePaths[0] };
    };
    Object.assign(dialog, { showOpenDialog: answer, showSaveDialog: answerSave });
    Object.assign(shell, {
      openExternal: async (url: string) => {
        scope.__allianceDeskOpened.push(url);
      },
    });
  });
}
