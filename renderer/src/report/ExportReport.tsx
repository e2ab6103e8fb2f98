import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { doctor } from '../ipc/doctor';

/** Saves or copies the administrator report of a finished run (rendered by the core). */
export function ExportReport({ runId }: { runId: string }): JSX.Element {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<string>();
  const lang = i18n.language === 'es' ? 'es' : 'en';

  const save = async (format: 'md' | 'html'): Promise<void> => {
    try {
      const { filename, mime, content } = await doctor().invoke('report:render', { runId, format, lang });
      const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(t('report.saved', { filename }));
    } catch (e) {
      setStatus(t('report.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const copy = async (): Promise<void> => {
    try {
      const { content } = await doctor().invoke('report:render', { runId, format: 'md', lang });
      await navigator.clipboard.writeText(content);
      setStatus(t('report.copied'));
    } catch (e) {
      setStatus(t('report.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <section className="export-report" aria-label={t('report.export')}>
      <h3>{t('report.export')}</h3>
      <p className="hint">{t('report.hint')}</p>
      <div className="actions">
        <button type="button" onClick={() => void save('html')}>
          {t('report.html')}
        </button>
        <button type="button" onClick={() => void save('md')}>
          {t('report.md')}
        </button>
        <button type="button" onClick={() => void copy()}>
          {t('report.copy')}
        </button>
      </div>
      {status ? (
        <p className="status" role="status">
          {status}
        </p>
      ) : null}
    </section>
  );
}
