import { cleanup, render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../renderer/src/app/App';
import { createI18n } from '../../renderer/src/i18n';
import { subscribeToCore } from '../../renderer/src/ipc/subscribe';
import { useDiagnosisStore } from '../../renderer/src/store/diagnosis-store';
import { useStatsdStore } from '../../renderer/src/statsd-wizard/statsd-store';
import { useMonitorStore } from '../../renderer/src/monitor/monitor-store';
import { useDecoderStore } from '../../renderer/src/decoder/decoder-store';
import type { StoreApi } from 'zustand';
import type { DoctorApi } from '../../shared/ipc/contract';
import { inProcessDoctor } from './in-process-doctor';

/**
 * What the Electron app has before the renderer draws: `window.doctor` backed by the real core in
 * this process, its events feeding the stores, and every store as fresh as at start-up (the stores
 * are module singletons, so one test's run would otherwise show in the next). Returns the teardown.
 */
export function installInProcessDoctor(options: { dataDir?: string; wrap?: (api: DoctorApi) => DoctorApi } = {}): () => void {
  const doctor = inProcessDoctor(options.dataDir ? { dataDir: options.dataDir } : {});
  window.doctor = options.wrap ? options.wrap(doctor.api) : doctor.api;
  const unsubscribe = subscribeToCore();
  resetToInitial(useDiagnosisStore);
  resetToInitial(useStatsdStore);
  resetToInitial(useMonitorStore);
  resetToInitial(useDecoderStore);
  return () => {
    cleanup();
    unsubscribe();
    doctor.dispose();
    delete window.doctor;
  };
}

function resetToInitial<T>(store: StoreApi<T>): void {
  store.setState(store.getInitialState(), true);
}

/** The whole app, as the window shows it, in one language. */
export function renderApp(lang: 'es' | 'en'): RenderResult {
  return render(
    <I18nextProvider i18n={createI18n(lang)}>
      <App />
    </I18nextProvider>,
  );
}
