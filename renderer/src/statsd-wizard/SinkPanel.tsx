import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsdLine } from '../../../shared/model/statsd';
import { doctor } from '../ipc/doctor';
import { useStatsdStore } from './statsd-store';

function LineRow({ line }: { line: StatsdLine }): JSX.Element {
  const { t } = useTranslation();
  if (!line.ok) {
    return (
      <tr className="bad" data-line-ok="false">
        <td>{t('sink.bad')}</td>
        <td colSpan={4}>
          <code>{line.raw}</code> — {t(`sink.problem.${line.problem ?? 'bad_value'}`)}
        </td>
        <td>{line.from}</td>
      </tr>
    );
  }
  if (line.kind !== 'metric') {
    return (
      <tr data-line-ok="true">
        <td>{t(`sink.kind.${line.kind}`)}</td>
        <td colSpan={4}>
          <code>{line.raw}</code>
        </td>
        <td>{line.from}</td>
      </tr>
    );
  }
  return (
    <tr data-line-ok="true">
      <td>{t(`sink.type.${line.type}`)}</td>
      <td className="name">{line.name}</td>
      <td>{(line.values ?? []).join(', ')}</td>
      <td>{line.sampleRate !== undefined ? `@${line.sampleRate}` : ''}</td>
      <td>{line.tags?.join(', ')}</td>
      <td>{line.from}</td>
    </tr>
  );
}

/** The built-in sink: start and stop it, and watch the lines it receives (batched by the core). */
export function SinkPanel(): JSX.Element {
  const { t } = useTranslation();
  const sink = useStatsdStore((s) => s.sink);
  const statsdPort = useStatsdStore((s) => s.settings.port);
  const [port, setPort] = useState<string>('');
  const [all, setAll] = useState(false);
  const portText = port === '' ? statsdPort : port;
  const portNumber = /^\d{1,5}$/.test(portText) && Number(portText) >= 1 && Number(portText) <= 65535 ? Number(portText) : undefined;

  const start = async (): Promise<void> => {
    if (portNumber === undefined) return;
    useStatsdStore.getState().sinkStarting();
    try {
      const reply = await doctor().invoke('statsd-sink:start', { port: portNumber, host: all ? '0.0.0.0' : '127.0.0.1' });
      useStatsdStore.getState().sinkStarted(reply);
    } catch (e) {
      useStatsdStore.getState().sinkFailed(e instanceof Error ? e.message : String(e));
    }
  };
  const stop = async (): Promise<void> => {
    if (!sink.sinkId) return;
    useStatsdStore.getState().sinkStopping();
    await doctor().invoke('statsd-sink:stop', { sinkId: sink.sinkId });
  };
  const listening = sink.phase === 'running' || sink.phase === 'stopping';
  return (
    <section className="sink" aria-label={t('sink.title')}>
      <h3>{t('sink.title')}</h3>
      <p className="intro">{t('sink.intro')}</p>
      <div className="row sink-controls">
        <label>
          <span>{t('sink.port')}</span>
          <input name="sinkPort" value={portText} onChange={(e) => setPort(e.target.value)} inputMode="numeric" disabled={listening} />
        </label>
        <label className="check">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} disabled={listening} />
          <span>{t('sink.all')}</span>
        </label>
        {listening ? (
          <button type="button" onClick={() => void stop()} disabled={sink.phase === 'stopping'}>
            {t('sink.stop')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => void start()} disabled={portNumber === undefined || sink.phase === 'starting'}>
            {t('sink.start')}
          </button>
        )}
      </div>
      {sink.error ? (
        <p className="error" role="alert">
          {t('sink.error', { message: sink.error })}
        </p>
      ) : null}
      {listening ? (
        <p className="sink-status" data-sink="listening">
          {t('sink.listening', { address: sink.address, port: sink.port })}
        </p>
      ) : null}
      {sink.totals ? (
        <p className="sink-totals" data-lines={sink.totals.lines} data-bad={sink.totals.bad}>
          {t('sink.totals', { lines: sink.totals.lines, packets: sink.totals.packets, ok: sink.totals.ok, bad: sink.totals.bad })}
          {sink.omitted > 0 ? <small> · {t('sink.omitted', { count: sink.omitted })}</small> : null}
        </p>
      ) : listening ? (
        <p className="none">{t('sink.empty')}</p>
      ) : null}
      {sink.lines.length > 0 ? (
        <div className="sink-lines">
          <table>
            <thead>
              <tr>
                <th>{t('sink.col.type')}</th>
                <th>{t('sink.col.name')}</th>
                <th>{t('sink.col.value')}</th>
                <th>{t('sink.col.rate')}</th>
                <th>{t('sink.col.tags')}</th>
                <th>{t('sink.col.from')}</th>
              </tr>
            </thead>
            <tbody>
              {sink.lines.map(({ seq, line }) => (
                <LineRow key={seq} line={line} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {sink.names.length > 0 ? (
        <details className="sink-names">
          <summary>{t('sink.names', { count: sink.totals?.names ?? sink.names.length })}</summary>
          <ul>
            {sink.names.map((n) => (
              <li key={n.name}>
                <code>{n.name}</code> · {t(`sink.type.${n.type}`)} · ×{n.count} · {String(n.last)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
