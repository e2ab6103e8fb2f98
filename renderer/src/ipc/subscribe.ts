import { doctor } from './doctor';
import { useDiagnosisStore } from '../store/diagnosis-store';
import { useStatsdStore } from '../statsd-wizard/statsd-store';

/** The one module that listens to core events and feeds the stores. */
export function subscribeToCore(): () => void {
  const offDiagnosis = doctor().on('diagnosis:event', (event) => useDiagnosisStore.getState().apply(event));
  const offSink = doctor().on('statsd-sink:event', (event) => useStatsdStore.getState().applySinkEvent(event));
  return () => {
    offDiagnosis();
    offSink();
  };
}
