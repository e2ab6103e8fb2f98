import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetInput } from '../../../shared/model/target';
import { doctor } from '../ipc/doctor';
import { selectCurrentRun, useDiagnosisStore } from '../store/diagnosis-store';
import { useDiagnosisRun } from '../store/use-diagnosis-run';
import { TargetForm } from './TargetForm';
import { RunResults } from './RunResults';

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
      <RunResults run={run} verdict={verdict} error={error} />
    </section>
  );
}
