import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { renderSummary } from '../../../shared/i18n';
import type { Lang } from '../../../shared/model/localized';
import type { RunView } from '../store/diagnosis-store';
import { MessageSample } from './MessageSample';

const ICON: Record<string, string> = { pass: '✔', warn: '!', fail: '✖', skip: '–', pending: '·', running: '◌' };

/** The live list of steps: pending, running, then the result with its summary and evidence. */
export function StepList({ run }: { run: RunView }): JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  return (
    <ol className="steps" aria-label={t('steps.title')}>
      {run.plan.map(({ id }) => {
        const step = run.steps[id];
        const state = step?.result?.status ?? step?.phase ?? 'pending';
        return (
          <li key={id} className={`step step-${state}`} data-step={id} data-state={state}>
            <span className="step-icon" aria-hidden="true">
              {ICON[state]}
            </span>
            <span className="step-name">{t(`step.${id}`, { defaultValue: id })}</span>
            <span className="step-status">{step?.result ? t(`status.${step.result.status}`) : t(`phase.${step?.phase ?? 'pending'}`)}</span>
            {step?.result ? (
              <>
                <span className="step-summary">{renderSummary(step.result.summary, lang)}</span>
                <span className="step-ms">{Math.round(step.result.durationMs)} ms</span>
              </>
            ) : null}
            {/* Below the summary row, spanning it: the live sample during the window, then the final one. */}
            {id === 'mqtt.messages' && (step?.progress || step?.result) ? (
              <MessageSample {...(step.result ? { samples: step.result.evidence.samples } : step.progress ? { progress: step.progress } : {})} />
            ) : null}
            {step?.result && Object.keys(step.result.evidence).length > 0 ? (
              <details className="step-evidence">
                <summary>{t('evidence.show')}</summary>
                <pre>{JSON.stringify(step.result.evidence, null, 2)}</pre>
                {step.result.command ? <code>{step.result.command}</code> : null}
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
