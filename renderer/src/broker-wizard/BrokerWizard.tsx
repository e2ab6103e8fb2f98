import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetInput } from '../../../shared/model/target';
import { doctor } from '../ipc/doctor';
import { selectCurrentRun, useDiagnosisStore } from '../store/diagnosis-store';
import { useDiagnosisRun } from '../store/use-diagnosis-run';
import { TargetForm } from './TargetForm';
import { StepList } from './StepList';
import { FindingList } from './FindingList';
import { ExportReport } from '../report/ExportReport';

export function BrokerWizard(): JSX.Element {
  const { t } = useTranslation();
  const run = useDiagnosisStore(selectCurrentRun);
  const starting = useDiagnosisStore((s) => s.starting);
  const error = useDiagnosisStore((s) => s.error);
  const { running, verdict, launch, cancel } = useDiagnosisRun({ runId: run?.runId, run, starting, startState: useDiagnosisStore.getState });

  const start = (target: TargetInput): Promise<void> => launch((lang) => doctor().invoke('diagnosis:start', { target, lang }));
  const tryDemo = (): Promise<void> => launch((lang) => doctor().invoke('demo:start', { lang }));

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
