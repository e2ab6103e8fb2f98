import { useState, type FormEvent, type JSX } from 'react';
import { ConnectionFields, connectionTarget, INITIAL_CONNECTION } from '../broker-wizard/ConnectionFields';
import { useTranslation } from 'react-i18next';
import { renderFinding } from '../../../shared/i18n';
import type { Lang } from '../../../shared/model/localized';
import type { AttemptRecord } from '../../../shared/model/attempt';
import type { FindingInstance } from '../../../shared/model/report';
import { doctor } from '../ipc/doctor';
import { useMonitorStore } from './monitor-store';
import './monitor.css';

function phases(r: AttemptRecord): string {
  const p = r.phases;
  return [p.dnsMs, p.tcpMs, p.tlsMs, p.connackMs].map((x) => (x === undefined ? '–' : String(x))).join(' / ');
}

function endOf(r: AttemptRecord): string {
  if (r.outcome !== 'connected') return r.connackCode !== undefined ? `CONNACK ${r.connackCode}` : (r.errorCode ?? r.errorMessage ?? '');
  const code = r.disconnectCode !== undefined ? ` 0x${r.disconnectCode.toString(16).toUpperCase()}` : '';
  return `${r.endReason ?? ''}${code}`;
}

export function MonitorFindings({ findings }: { findings: FindingInstance[] }): JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language === 'es' ? 'es' : 'en') as Lang;
  return (
    <section className="findings" aria-label={t('monitor.findings')}>
      <h3>{t('monitor.findings')}</h3>
      {findings.length === 0 ? <p className="none">{t('monitor.findings.none')}</p> : null}
      {findings.map((f) => {
        const r = renderFinding(f, lang);
        return (
          <article key={r.id} className={`finding finding-${r.severity}`} data-finding={r.id}>
            <header>
              <span className="severity">{t(`severity.${r.severity}`)}</span>
              <strong>{r.title}</strong>
              <code className="finding-id">{r.id}</code>
            </header>
            <p>{r.explanation}</p>
            {r.fixes.length > 0 ? (
              <ul>
                {r.fixes.map((fix) => (
                  <li key={fix}>{fix}</li>
                ))}
              </ul>
            ) : null}
            {r.command ? (
              <p className="command">
                <code>{r.command}</code>
              </p>
            ) : null}
          </article>
        );
      })}
    </section>
  );
}

/** Seconds since a moment, refreshed by the batches themselves (they come at least once a second). */
const secondsSince = (at: number | undefined, now: number): number => (at === undefined ? 0 : Math.max(0, Math.round((now - at) / 1000)));

export function MonitorTab(): JSX.Element {
  const { t } = useTranslation();
  const m = useMonitorStore();
  const [connection, setConnection] = useState(INITIAL_CONNECTION);
  const [mqttVersion, setMqttVersion] = useState<'3.1.1' | '5'>('3.1.1');
  const [keepaliveS, setKeepalive] = useState(120);
  const [backoffMin, setBackoffMin] = useState(1);
  const [backoffMax, setBackoffMax] = useState(120);
  const [cleanSession, setCleanSession] = useState(false);
  const running = m.starting || (m.monitorId !== undefined && m.state?.phase !== 'stopped');

  // The monitor keeps running in the core while another tab is shown (its state stays in the
  // store); it stops on Stop, or when the window closes (the service disposes it).

  const start = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    useMonitorStore.getState().begin();
    try {
      const reply = await doctor().invoke('monitor:start', {
        target: { ...connectionTarget(connection), mqttVersion },
        settings: { keepaliveS, cleanSession, backoffMinMs: Math.round(backoffMin * 1000), backoffMaxMs: Math.round(backoffMax * 1000) },
      });
      useMonitorStore.getState().started(reply);
    } catch (e) {
      useMonitorStore.getState().failed(e instanceof Error ? e.message : String(e));
    }
  };
  const stop = (): void => {
    if (m.monitorId) void doctor().invoke('monitor:stop', { monitorId: m.monitorId });
  };

  const s = m.state;
  const now = Date.now();
  return (
    <section className="monitor">
      <h2>{t('monitor.title')}</h2>
      <p className="intro">{t('monitor.intro')}</p>
      <form className="target-form" onSubmit={(e) => void start(e)} aria-label={t('monitor.title')}>
        <ConnectionFields value={connection} onChange={setConnection} />
        <div className="row">
          <label>
            <span>{t('field.mqttVersion')}</span>
            <select name="mqttVersion" value={mqttVersion} onChange={(e) => setMqttVersion(e.target.value as '3.1.1' | '5')}>
              <option value="3.1.1">3.1.1</option>
              <option value="5">5</option>
            </select>
          </label>
        </div>
        <div className="row">
          <label>
            <span>{t('monitor.keepalive')}</span>
            <input name="keepalive" type="number" min={1} max={65535} value={keepaliveS} onChange={(e) => setKeepalive(Number(e.target.value))} />
          </label>
          <label>
            <span>{t('monitor.backoffMin')}</span>
            <input name="backoffMin" type="number" min={0.1} step="any" value={backoffMin} onChange={(e) => setBackoffMin(Number(e.target.value))} />
          </label>
          <label>
            <span>{t('monitor.backoffMax')}</span>
            <input name="backoffMax" type="number" min={0.1} step="any" value={backoffMax} onChange={(e) => setBackoffMax(Number(e.target.value))} />
          </label>
          <label className="checkbox">
            <input name="cleanSession" type="checkbox" checked={cleanSession} onChange={(e) => setCleanSession(e.target.checked)} />
            <span>{t('monitor.cleanSession')}</span>
          </label>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={running}>
            {m.starting ? t('monitor.starting') : t('monitor.start')}
          </button>
          {running ? (
            <button type="button" onClick={stop}>
              {t('monitor.stop')}
            </button>
          ) : null}
        </div>
      </form>
      {m.error ? (
        <p className="error" role="alert">
          {t('monitor.error', { message: m.error })}
        </p>
      ) : null}
      {m.logError ? <p className="error">{t('monitor.logError', { message: m.logError })}</p> : null}
      {s ? (
        <div className="results" aria-live="polite">
          <div className="monitor-panels">
            <section className="monitor-state" aria-label={t('monitor.state')} data-phase={s.phase}>
              <h3>{t('monitor.state')}</h3>
              <p className={`phase phase-${s.phase}`}>{t(`monitor.phase.${s.phase}`, { seconds: ((s.nextDelayMs ?? 0) / 1000).toFixed(1), attempt: s.attempt })}</p>
              {m.target ? <p className="muted">{t('monitor.as', { target: m.target, clientId: m.clientId })}</p> : null}
              {s.phase === 'connected' && s.connectedAt ? <p>{t('monitor.uptime', { seconds: secondsSince(s.connectedAt, now) })}</p> : null}
              {s.subscription ? (
                <p>{s.subscription.granted >= 128 ? t('monitor.subscriptionRefused', { topic: s.subscription.topic }) : t('monitor.subscription', { topic: s.subscription.topic, granted: s.subscription.granted })}</p>
              ) : null}
            </section>
            <section className="monitor-flow" aria-label={t('monitor.flow')}>
              <h3>{t('monitor.flow')}</h3>
              {m.flow && m.flow.messages > 0 ? (
                <>
                  <p data-messages={m.flow.messages}>{t('monitor.flow.total', { messages: m.flow.messages, bytes: m.flow.bytes })}</p>
                  <p>{t('monitor.flow.rate', { rate: m.flow.ratePerS, bytesRate: m.flow.bytesPerS })}</p>
                  {m.flow.sinceLastMs !== null ? <p>{t('monitor.flow.last', { seconds: (m.flow.sinceLastMs / 1000).toFixed(1) })}</p> : null}
                  <ul className="sample">
                    {m.flow.sample.slice(-5).map((x, i, shown) => (
                      // Two messages can share a millisecond and a preview: key by place in the stream.
                      <li key={(m.flow?.messages ?? 0) - shown.length + i}>
                        <code>{x.topic}</code> {x.preview}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="muted">{t('monitor.flow.none')}</p>
              )}
            </section>
          </div>
          <MonitorFindings findings={m.findings} />
          <section aria-label={t('monitor.attempts')}>
            <h3>{t('monitor.attempts')}</h3>
            {m.attempts.length === 0 ? (
              <p className="none">{t('monitor.attempts.none')}</p>
            ) : (
              <table className="attempts-table monitor-attempts">
                <thead>
                  <tr>
                    <th>{t('col.attempt')}</th>
                    <th>{t('col.at')}</th>
                    <th>{t('col.outcome')}</th>
                    <th>{t('col.phases')}</th>
                    <th>{t('col.session')}</th>
                    <th>{t('col.end')}</th>
                  </tr>
                </thead>
                <tbody>
                  {m.attempts
                    .slice(-20)
                    .reverse()
                    .map((r) => (
                      <tr key={r.id} className={`outcome-${r.outcome}`} data-outcome={r.outcome}>
                        <td>{r.attempt}</td>
                        <td>{r.at.slice(11, 23)}</td>
                        <td>{r.outcome}</td>
                        <td>{phases(r)}</td>
                        <td>{r.sessionMs !== undefined ? `${(r.sessionMs / 1000).toFixed(1)} s` : ''}</td>
                        <td>{endOf(r)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            )}
          </section>
        </div>
      ) : null}
    </section>
  );
}
