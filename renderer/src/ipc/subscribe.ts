import { doctor } from './doctor';
import { useDiagnosisStore } from '../store/diagnosis-store';
import { useStatsdStore } from '../statsd-wizard/statsd-store';
import { useMonitorStore } from '../monitor/monitor-store';

/** The one module that listens to core events and feeds the stores. */
export function subscribeToCore(): () => void {
  const offDiagnosis = doctor().on('diagnosis:event', (event) => useDiagnosisStore.getState().apply(event));
  const offSink = doctor().on('statsd-sink:event', (event) => useStatsdStore.getState().applySinkEvent(event));
  const offMonitor = doctor().on('monitor:batch', (batch) => useMonitorStore.getState().apply(batch));
  return () => {
    offDiagnosis();
    offSink();
    offMonitor();
  };
}
