import type { Page } from '@playwright/test';
import { API_GLOBAL } from '../../../shared/ipc/api';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import type { IpcResult } from '../../../shared/ipc/contract';
import type { AppEvent } from '../../../electron/core/events';

const BINDING = '__allianceDeskBridgeInvoke';
const EMIT_KEY = 'alliance-desk.bridge.emit';

interface BridgeSetup {
  invokeChannels: string[];
  eventChannels: string[];
  binding: string;
  emitKey: string;
  globalName: string;
}

/**
 * Runs in the page before any of its scripts: builds `window.allianceDesk` with the same shape as
 * the real preload (electron/preload/create-api.ts) — one function per channel taking one input,
 * and `on` for the event channels only — and hides the raw binding, as the preload hides ipcRenderer.
 */
function installInPage(setup: BridgeSetup): void {
  type Listener = (payload: unknown) => void;
  const scope = globalThis as unknown as Record<string | symbol, unknown>;
  const invoke = scope[setup.binding] as (channel: string, input: unknown) => Promise<unknown>;
  delete scope[setup.binding];
  const listeners = new Map<string, Set<Listener>>(setup.eventChannels.map((event) => [event, new Set<Listener>()]));
  const api: Record<string, unknown> = {};
  for (const channel of setup.invokeChannels) api[channel] = (input?: unknown) => invoke(channel, input);
  api.on = (event: string, listener: Listener) => {
    const set = listeners.get(event);
    if (!set) throw new Error(`unknown event: ${String(event)}`);
    if (typeof listener !== 'function') throw new Error('listener must be a function');
    const forward: Listener = (payload) => listener(payload);
    set.add(forward);
    return () => {
      set.delete(forward);
    };
  };
  Object.defineProperty(scope, setup.globalName, { value: Object.freeze(api), enumerable: true });
  Object.defineProperty(scope, Symbol.for(setup.emitKey), {
    value: (event: string, payload: unknown) => {
      for (const listener of listeners.get(event) ?? []) {
        try {
          listener(payload);
        } catch (error) {
          // Surfaces as an uncaught page error, as a throwing ipcRenderer listener would.
          setTimeout(() => {
            throw error;
          });
        }
      }
    },
  });
}

/**
 * Bridges the preload API of `page` to the real services through `dispatch` — the function the
 * Electron IPC handlers call — refusing calls from any frame that is not our app's main frame.
 */
export async function installBridge(page: Page, dispatch: (channel: string, input: unknown) => Promise<IpcResult<unknown>>, appOrigin: string): Promise<void> {
  await page.exposeBinding(BINDING, async (source, channel: unknown, input: unknown) => {
    const frameUrl = source.frame.url();
    const trusted = source.frame === source.page.mainFrame() && safeOrigin(frameUrl) === appOrigin;
    if (!trusted) return { ok: false, error: { code: 'forbidden', message: 'request from an untrusted page' } };
    return dispatch(String(channel), input);
  });
  const setup: BridgeSetup = {
    invokeChannels: [...INVOKE_CHANNELS],
    eventChannels: [...EVENT_CHANNELS],
    binding: BINDING,
    emitKey: EMIT_KEY,
    globalName: API_GLOBAL,
  };
  await page.addInitScript(installInPage, setup);
}

/** Pushes service events into the page in order, as webContents.send does in the app. */
export function createEventPusher(page: Page): (event: AppEvent) => void {
  let queue: Promise<unknown> = Promise.resolve();
  return (event) => {
    queue = queue
      .then(() =>
        page.evaluate(
          ({ key, channel, payload }) => {
            const emit = (globalThis as unknown as Record<symbol, ((c: string, p: unknown) => void) | undefined>)[Symbol.for(key)];
            emit?.(channel, payload);
          },
          { key: EMIT_KEY, channel: event.channel, payload: event.payload },
        ),
      )
      // The page may be navigating or closed; a missed event then matters no more than in the app.
      .catch(() => undefined);
  };
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
