import type { FormEvent, JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { useStatsdStore } from './statsd-store';

export interface StatsdFormProps {
  running: boolean;
  onRun(): void;
  onCancel(): void;
}

/** The service's STATSD_* settings, as in its .env, plus the management port the check may read. */
export function StatsdForm({ running, onRun, onCancel }: StatsdFormProps): JSX.Element {
  const { t } = useTranslation();
  const settings = useStatsdStore((s) => s.settings);
  const set = useStatsdStore((s) => s.setSettings);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onRun();
  };
  return (
    <form className="target-form" onSubmit={submit} aria-label={t('statsd.title')}>
      <label className="check">
        <input name="enabled" type="checkbox" checked={settings.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
        <span>{t('statsd.field.enabled')}</span>
      </label>
      <div className="row">
        <label>
          <span>{t('statsd.field.host')}</span>
          <input name="host" value={settings.host} onChange={(e) => set({ host: e.target.value })} autoComplete="off" spellCheck={false} />
        </label>
        <label>
          <span>{t('statsd.field.port')}</span>
          <input name="port" value={settings.port} onChange={(e) => set({ port: e.target.value })} inputMode="numeric" autoComplete="off" />
        </label>
        <label>
          <span>{t('statsd.field.prefix')}</span>
          <input name="prefix" value={settings.prefix} onChange={(e) => set({ prefix: e.target.value })} placeholder="siscom_api" autoComplete="off" spellCheck={false} />
        </label>
      </div>
      <div className="row">
        <label>
          <span>{t('statsd.field.adminPort')}</span>
          <input name="adminPort" value={settings.adminPort} onChange={(e) => set({ adminPort: e.target.value })} inputMode="numeric" autoComplete="off" />
          <small>{t('statsd.field.adminPort.help')}</small>
        </label>
        <label>
          <span>{t('statsd.field.timeout')}</span>
          <input name="timeoutMs" type="number" min={100} max={120000} step={100} value={settings.timeoutMs} onChange={(e) => set({ timeoutMs: Number(e.target.value) })} />
        </label>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={running}>
          {running ? t('action.running') : t('statsd.action.run')}
        </button>
        {running ? (
          <button type="button" onClick={onCancel}>
            {t('action.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
