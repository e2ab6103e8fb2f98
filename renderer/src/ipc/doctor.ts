import type { DoctorApi } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    doctor?: DoctorApi;
  }
}

/**
 * The contract as preload (or the e2e bridge) exposed it. The renderer never sees ipcRenderer;
 * this is its one door to the core.
 */
export function doctor(): DoctorApi {
  if (!window.doctor) throw new Error('window.doctor is missing: the page was opened outside Siscom Doctor');
  return window.doctor;
}

export function hasDoctor(): boolean {
  return typeof window !== 'undefined' && window.doctor !== undefined;
}
