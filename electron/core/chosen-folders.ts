import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { ChosenFolder, FolderPurpose } from '../../shared/ipc/contract';
import { ServiceError } from './service-error';

/** How long a pick stays usable: time enough to fill in the new-workspace form, not a standing key. */
export const CHOICE_LIFETIME_MS = 30 * 60_000;
/** Picks kept at once, the oldest forgotten first, so a page cannot make the main process hoard them. */
export const MAX_CHOICES = 8;

interface Choice {
  folder: string;
  purpose: FolderPurpose;
  expiresAt: number;
}

/**
 * Folders the user picked in the native dialog, kept in the main process and named for the page by
 * random tokens: the page can act on a folder the user chose, for the purpose it was chosen for,
 * and cannot name any other place on disk.
 */
export class ChosenFolders {
  private readonly choices = new Map<string, Choice>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps a folder the user picked; the token and base name the page gets for it. */
  remember(folder: string, purpose: FolderPurpose): ChosenFolder {
    this.forgetExpired();
    const resolved = path.resolve(folder);
    const token = randomBytes(24).toString('base64url');
    this.choices.set(token, { folder: resolved, purpose, expiresAt: this.now() + CHOICE_LIFETIME_MS });
    for (const oldest of this.choices.keys()) {
      if (this.choices.size <= MAX_CHOICES) break;
      this.choices.delete(oldest);
    }
    return { token, label: path.basename(resolved) || resolved };
  }

  /**
   * Runs `task` on the folder a token names, when it was picked for this purpose and is still
   * fresh. The token is taken out while the task runs (two calls cannot both use it) and spent when
   * it succeeds; after a failure it is put back, so the user can retry, e.g. once another window let
   * go of the workspace.
   */
  async use<T>(token: string, purpose: FolderPurpose, task: (folder: string) => Promise<T>): Promise<T> {
    this.forgetExpired();
    const choice = this.choices.get(token);
    if (!choice || choice.purpose !== purpose) {
      throw new ServiceError('choice_expired', 'this folder choice is unknown or no longer valid; choose the folder again');
    }
    this.choices.delete(token);
    try {
      return await task(choice.folder);
    } catch (error) {
      if (choice.expiresAt > this.now()) this.choices.set(token, choice);
      throw error;
    }
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [token, choice] of this.choices) if (choice.expiresAt <= now) this.choices.delete(token);
  }
}
