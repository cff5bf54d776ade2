import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IpcResult } from '../../../shared/ipc/contract';
import type { AppEvent } from '../../../electron/core/events';
import { REPO_ROOT } from './paths';
import { OPTIONS_ENV, type FromServices, type ServicesProcessOptions, type ToServices } from './services-protocol';

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'services-process.ts');

export interface ServicesClient {
  dispatch(channel: string, input: unknown): Promise<IpcResult<unknown>>;
  onEvent(listener: (event: AppEvent) => void): void;
  setNextFolder(folder: string | null): void;
  openedExternally(): Promise<string[]>;
  /** Disposes the services (closing the workspace) and waits for the process to end. */
  close(): Promise<void>;
}

/** Starts the services process for one run of the app and talks to it. */
export async function startServices(options: ServicesProcessOptions, onServiceError: (channel: string, error: string) => void): Promise<ServicesClient> {
  const child: ChildProcess = fork(ENTRY, [], {
    cwd: REPO_ROOT,
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    env: { ...process.env, [OPTIONS_ENV]: JSON.stringify(options) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, (message: FromServices) => void>();
  const listeners: ((event: AppEvent) => void)[] = [];
  let nextId = 1;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const ready = new Promise<void>((resolve, reject) => {
    child.on('message', (message: FromServices) => {
      switch (message.type) {
        case 'ready':
          resolve();
          break;
        case 'startFailed':
          reject(new Error(`the services did not start:\n${message.error}`));
          break;
        case 'result':
        case 'opened':
          pending.get(message.id)?.(message);
          pending.delete(message.id);
          break;
        case 'event':
          for (const listener of listeners) listener(message.event);
          break;
        case 'serviceError':
          onServiceError(message.channel, message.error);
          break;
      }
    });
    child.once('exit', (code) => reject(new Error(`the services process exited (${code}) before it was ready`)));
  });
  await ready;

  const post = (message: ToServices) => {
    if (!child.connected) throw new Error('the services process is gone');
    child.send(message);
  };
  const request = (build: (id: number) => ToServices) =>
    new Promise<FromServices>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, resolve);
      try {
        post(build(id));
      } catch (error) {
        pending.delete(id);
        reject(error);
      }
    });

  return {
    dispatch: async (channel, input) => {
      const reply = await request((id) => ({ type: 'invoke', id, channel, input }));
      if (reply.type !== 'result') throw new Error(`unexpected reply ${reply.type}`);
      return reply.result;
    },
    onEvent: (listener) => {
      listeners.push(listener);
    },
    setNextFolder: (folder) => post({ type: 'setNextFolder', folder }),
    openedExternally: async () => {
      const reply = await request((id) => ({ type: 'openedExternally', id }));
      return reply.type === 'opened' ? reply.urls : [];
    },
    close: async () => {
      if (child.connected) child.send({ type: 'close' } satisfies ToServices);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
