import { createDoctorService } from '../../electron/core/service';
import { dispatchInvoke } from '../../shared/ipc/dispatch';
import type { DoctorApi, EventChannel } from '../../shared/ipc/contract';

/**
 * `window.doctor` backed by the real core in this process, carried through the same contract
 * validation as Electron's main process: for jsdom tests, where no Electron can run.
 */
export function inProcessDoctor(options: { dataDir?: string } = {}): { api: DoctorApi; dispose(): void } {
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>();
  const service = createDoctorService({
    transport: 'bridge',
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    // Structured-clone the payload like IPC does, so nothing shares objects across the boundary.
    emit: (channel, payload) => {
      for (const l of listeners.get(channel) ?? []) l(structuredClone(payload) as never);
    },
  });
  const api: DoctorApi = {
    invoke: (channel, request) => dispatchInvoke(service.handlers, channel, structuredClone(request)) as never,
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(channel, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
  return { api, dispose: service.dispose };
}
