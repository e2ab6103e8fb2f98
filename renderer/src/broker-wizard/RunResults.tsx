import type { JSX, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../../shared/model/report';
import type { RunView } from '../store/diagnosis-store';
import { ExportReport } from '../report/ExportReport';
import { StepList } from './StepList';
import { FindingList } from './FindingList';

export interface RunResultsProps {
  run: RunView | undefined;
  verdict: Verdict | 'cancelled' | undefined;
  /** Why the run could not start, if it could not. */
  error: string | undefined;
  /** Shown between the steps and the findings (e.g. the StatsD wizard's offer to enable metrics). */
  afterSteps?: ReactNode;
}

/** What every wizard shows of its run: the start error, the verdict, the live steps, the findings, the report export. */
export function RunResults({ run, verdict, error, afterSteps }: RunResultsProps): JSX.Element {
  const { t } = useTranslation();
  return (
    <>
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
          {afterSteps}
          <FindingList run={run} />
          {run.report && !run.report.cancelled ? <ExportReport runId={run.runId} /> : null}
        </div>
      ) : null}
    </>
  );
}
