import type { ServicesClient } from '../e2e/support/services-client';

async function value<T>(services: ServicesClient, channel: string, input: unknown): Promise<T> {
  const result = await services.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/**
 * Opens the bench workspace the way the app does: the folder picker (answered by the services
 * process with `dir`) names it by a token, and workspace:open takes the token; no channel takes a path.
 */
export async function openBenchWorkspace<T = unknown>(services: ServicesClient, dir: string): Promise<T> {
  services.setNextFolder(dir);
  const picked = await value<{ token: string } | null>(services, 'workspace:chooseFolder', { purpose: 'open' });
  if (picked === null) throw new Error('the folder picker did not answer the bench folder');
  return value<T>(services, 'workspace:open', { token: picked.token });
}
