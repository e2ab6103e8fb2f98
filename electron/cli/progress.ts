import type { RunEvent } from '../../shared/model/report';
import type { Lang } from '../../shared/model/localized';
import { renderSummary } from '../../shared/i18n';

const MARK: Record<string, string> = { pass: '✔', warn: '!', fail: '✖', skip: '–' };

/**
 * Live progress of a run for a person at a terminal: one line when a step starts, its mark and
 * summary when it ends. Written to stderr so stdout keeps only the report.
 */
export function progressPrinter(write: (text: string) => void, lang: Lang): (event: RunEvent) => void {
  const started = new Map<string, number>();
  const label = lang === 'es' ? { running: 'en curso', total: 'pasos' } : { running: 'running', total: 'steps' };
  return (event) => {
    switch (event.type) {
      case 'run-started':
        write(`… ${event.plan.length} ${label.total}\n`);
        break;
      case 'step-started':
        started.set(event.stepId, Date.now());
        write(`  ◌ ${event.stepId} ${label.running}…\n`);
        break;
      case 'step-finished':
        write(`  ${MARK[event.result.status] ?? '?'} ${event.result.id}: ${renderSummary(event.result.summary, lang)}\n`);
        break;
      default:
        break;
    }
  };
}
