import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { renderFinding } from '../../../shared/i18n';
import type { Lang } from '../../../shared/model/localized';
import type { RunView } from '../store/diagnosis-store';
import { RelatedCodes } from '../decoder/RelatedCodes';

/** Findings in the order their steps ran: what is wrong, why, what to do, how to see it by hand. */
export function FindingList({ run }: { run: RunView }): JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const findings = run.plan.flatMap(({ id }) => (run.steps[id]?.result?.findings ?? []).map((f) => renderFinding(f, lang)));
  return (
    <section className="findings" aria-label={t('findings.title')}>
      <h3>{t('findings.title')}</h3>
      {findings.length === 0 && run.report ? <p className="none">{t('findings.none')}</p> : null}
      {findings.map((f) => (
        <article key={`${f.step}:${f.id}`} className={`finding finding-${f.severity}`} data-finding={f.id}>
          <header>
            <span className="severity">{t(`severity.${f.severity}`)}</span>
            <strong>{f.title}</strong>
            <code className="finding-id">{f.id}</code>
          </header>
          <p>{f.explanation}</p>
          {f.fixes.length > 0 ? (
            <>
              <h4>{t('findings.fixes')}</h4>
              <ul>
                {f.fixes.map((fix) => (
                  <li key={fix}>{fix}</li>
                ))}
              </ul>
            </>
          ) : null}
          {f.command ? (
            <p className="command">
              {t('findings.command')}: <code>{f.command}</code>
            </p>
          ) : null}
          {f.kb ? <RelatedCodes ids={f.kb} /> : null}
        </article>
      ))}
    </section>
  );
}
