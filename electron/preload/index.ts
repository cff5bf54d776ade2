import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL } from '../../shared/ipc/api';
import { createPreloadApi } from './create-api';

// Sandboxed preload (bundled as CommonJS): exposes the named API as window.allianceDesk, never ipcRenderer.
contextBridge.exposeInMainWorld(API_GLOBAL, createPreloadApi(ipcRenderer));
