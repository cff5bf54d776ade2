import type { IpcErrorCode } from '../../shared/ipc/contract';
import { StoreError } from '../store/errors';
import { ServiceError } from './service-error';

/**
 * What the page is told when a chosen folder cannot be opened or made a workspace. The store's own
 * messages name files (the CLI prints them for the user who typed the path); over IPC the same code
 * goes with a fixed sentence, so an answer never says what else is, or is not, on the disk. (A lock
 * is only met in a real workspace, and its message, about who holds it, passes as it is.)
 */
const FOLDER_MESSAGES: Partial<Record<IpcErrorCode, string>> = {
  not_a_workspace: 'this folder is not an Alliance Desk workspace',
  not_empty: 'this folder is not empty; a new workspace needs an empty folder',
  unreadable: 'the workspace in this folder could not be read',
  newer_format: 'this workspace was saved by a newer version of Alliance Desk',
  io: 'this folder could not be read or written',
};

/** A store failure on a workspace folder, as an error without file names; any other error as it is. */
export function withoutFileNames(error: unknown): unknown {
  if (!(error instanceof StoreError)) return error;
  const code = error.code as IpcErrorCode;
  const message = Object.hasOwn(FOLDER_MESSAGES, code) ? FOLDER_MESSAGES[code] : undefined;
  return message === undefined ? error : new ServiceError(code, message);
}
