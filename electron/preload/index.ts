import { contextBridge, ipcRenderer } from 'electron';
import { isEventChannel, isInvokeChannel } from '../../shared/ipc/channels';
import type { DoctorApi } from '../../shared/ipc/contract';

/**
 * Exposes exactly the typed contract on `window.doctor`: request channels through `invoke`,
 * events through `on`. Channels outside the contract are refused here, before any IPC.
 */
const api: DoctorApi = {
  invoke(channel, request) {
    if (!isInvokeChannel(channel)) return Promise.reject(new Error(`Unknown IPC channel: ${String(channel)}`));
    return ipcRenderer.invoke(channel, request);
  },
  on(channel, listener) {
    if (!isEventChannel(channel)) throw new Error(`Unknown IPC event: ${String(channel)}`);
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown): void => listener(payload as never);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('doctor', api);
