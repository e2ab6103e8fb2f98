import { useRef, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { doctor } from '../ipc/doctor';
import { useDiagnosisStore } from '../store/diagnosis-store';
import { useDiagnosisRun } from '../store/use-diagnosis-run';
import { RunResults } from '../broker-wizard/RunResults';
import { useStatsdStore } from './statsd-store';
import { StatsdForm } from './StatsdForm';
import { SinkPanel } from './SinkPanel';
import { Generators } from './Generators';
import './statsd.css';

/** The StatsD tab: the diagnosis (steps and findings), the built-in sink, and the receiver's setup. */
export function StatsdWizard(): JSX.Element {
  const { t } = useTranslation();
  const runId = useStatsdStore((s) => s.runId);
  const starting = useStatsdStore((s) => s.starting);
  const error = useStatsdStore((s) => s.error);
  const run = useDiagnosisStore((s) => (runId ? s.runs[runId] : undefined));
  const { running, verdict, launch, cancel } = useDiagnosisRun({ runId, run, starting, startState: useStatsdStore.getState });
  const setupRef = useRef<HTMLElement>(null);

  const start = (): Promise<void> => {
    const { enabled, host, port, prefix, adminPort, timeoutMs } = useStatsdStore.getState().settings;
    return launch((lang) =>
      doctor().invoke('diagnosis:start', {
        target: { statsd: { enabled: enabled ? 'true' : 'false', host, port, prefix, adminPort }, timeoutMs },
        plan: 'statsd',
        lang,
      }),
    );
  };
  const offerSetup = (): void => {
    useStatsdStore.getState().setSettings({ enabled: true });
    useStatsdStore.getState().setShowSetup(true);
    setupRef.current?.scrollIntoView?.({ behavior: 'smooth' });
  };

  const disabled = run?.steps['statsd.config']?.result?.findings.some((f) => f.id === 'statsd.disabled') ?? false;
  return (
    <section className="wizard statsd-wizard">
      <h2>{t('statsd.title')}</h2>
      <p className="intro">{t('statsd.intro')}</p>
      <StatsdForm running={running} onRun={() => void start()} onCancel={cancel} />
      <RunResults
        run={run}
        verdict={verdict}
        error={error}
        afterSteps={
          disabled ? (
            <aside className="offer" data-offer="enable-statsd">
              <strong>{t('statsd.offer.title')}</strong>
              <p>{t('statsd.offer.text')}</p>
              <button type="button" className="primary" onClick={offerSetup}>
                {t('statsd.offer.action')}
              </button>
            </aside>
          ) : null
        }
      />
      <SinkPanel />
      <Generators ref={setupRef} />
    </section>
  );
}
