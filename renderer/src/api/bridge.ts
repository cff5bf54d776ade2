import type { AllianceDeskApi } from '../../../shared/ipc/api';

declare global {
  interface Window {
    /** Exposed by the preload (contextBridge); absent when the page runs without it. */
    allianceDesk?: AllianceDeskApi;
  }
}

/** The preload API, or undefined when the page was opened without the desktop shell. */
export function findApi(): AllianceDeskApi | undefined {
  return window.allianceDesk;
}

/** The preload API; callers run only after main.tsx checked that it exists. */
export function api(): AllianceDeskApi {
  const bridge = window.allianceDesk;
  if (!bridge) throw new Error('The Alliance Desk bridge (window.allianceDesk) is missing');
  return bridge;
}
