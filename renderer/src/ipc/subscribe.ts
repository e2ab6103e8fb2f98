import { doctor } from './doctor';
import { useDiagnosisStore } from '../store/diagnosis-store';

/** The one module that listens to core events and feeds the stores. */
export function subscribeToCore(): () => void {
  const offDiagnosis = doctor().on('diagnosis:event', (event) => useDiagnosisStore.getState().apply(event));
  return () => offDiagnosis();
}
