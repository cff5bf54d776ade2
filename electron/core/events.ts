import type { EventChannel } from '../../shared/ipc/channels';
import type { EventPayload } from '../../shared/ipc/contract';

/** One main-to-renderer event: the channel and its payload, typed together. */
export type AppEvent = { [E in EventChannel]: { channel: E; payload: EventPayload<E> } }[EventChannel];
export type AppEventListener = (event: AppEvent) => void;

/** Fan-out of service events to the hosts (the Electron window, the end-to-end bridge). */
export class EventHub {
  private readonly listeners = new Set<AppEventListener>();

  on(listener: AppEventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    const event = { channel, payload } as AppEvent;
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A failing host must not break the edit that caused the event.
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
