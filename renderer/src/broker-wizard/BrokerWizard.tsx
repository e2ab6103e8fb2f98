import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetInput } from '../../../shared/model/target';
import { doctor } from '../ipc/doctor';
import { selectCurrentRun, useDiagnosisStore } from '../store/diagnosis-store';
import { TargetForm } from './TargetForm';
import { StepList } from './StepList';
import { FindingList } from './FindingList';
import { ExportReport } from '../report/ExportReport';

export function BrokerWizard(): JSX.Element {
  const { t, i18n } = useTranslation();
  const run = useDiagnosisStore(selectCurrentRun);
  const starting = useDiagnosisStore((s) => s.starting);
  const error = useDiagnosisStore((s) => s.error);
  const running = starting || (run !== undefined && run.report === undefined);

  const start = async (target: TargetInput): Promise<void> => {
    const store = useDiagnosisStore.getState();
    store.begin();
    try {
      const { runId } = await doctor().invoke('diagnosis:start', { target, lang: i18n.language === 'es' ? 'es' : 'en' });
      useDiagnosisStore.getState().started(runId);
    } catch (e) {
      useDiagnosisStore.getState().failed(e instanceof Error ? e.message : String(e));
    }
  };
  const tryDemo = async (): Promise<void> => {
    const store = useDiagnosisStore.getState();
    store.begin();
    try {
      const { runId } = await doctor().invoke('demo:start', { lang: i18n.language === 'es' ? 'es' : 'en' });
      useDiagnosisStore.getState().started(runId);
    } catch (e) {
      useDiagnosisStore.getState().failed(e instanceof Error ? e.message : String(e));
    }
  };
  const cancel = (): void => {
    if (run) void doctor().invoke('diagnosis:cancel', { runId: run.runId });
  };

  const verdict = run?.report ? (run.report.cancelled ? 'cancelled' : run.report.verdict) : undefined;
  return (
    <section className="wizard">
      <h2>{t('wizard.title')}</h2>
      <p className="intro">{t('wizard.intro')}</p>
      <TargetForm running={running} onRun={(target) => void start(target)} onCancel={cancel} onTryDemo={() => void tryDemo()} />
      {error ? (
        <p className="error" role="alert">
          {t('error.start', { message: error })}
        </p>
      ) : null}
      {run ? (
        <div className="results" aria-live="polite">
          {verdict ? (
            <p className={`verdict verdict-${verdict}`} data-verdict={verdict}>
              {t(`verdict.${verdict}`)}
            </p>
          ) : null}
          <StepList run={run} />
          <FindingList run={run} />
          {run.report && !run.report.cancelled ? <ExportReport runId={run.runId} /> : null}
        </div>
      ) : null}
    </section>
  );
}
