import { useCallback, useEffect, useMemo, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { AttemptOutcome, type AttemptRecord } from '../../../shared/model/attempt';
import { doctor } from '../ipc/doctor';
import { VirtualRows } from './VirtualRows';
import { Timeline } from './Timeline';
import './attempts.css';

/** Attempts fetched from the log at most (the newest); the table and chart filter these. Exports take them all. */
export const FETCH_LIMIT = 20_000;
const ROW_HEIGHT = 28;

function code(r: AttemptRecord): string {
  if (r.outcome === 'connected') return r.endReason ? `${r.endReason}${r.disconnectCode !== undefined ? ` 0x${r.disconnectCode.toString(16).toUpperCase()}` : ''}` : '';
  return r.connackCode !== undefined ? String(r.connackCode) : (r.errorCode ?? '');
}

/** Offers text from the core as a file download (a Blob URL: no file system access in the renderer). */
function download(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function AttemptsTab(): JSX.Element {
  const { t } = useTranslation();
  const [records, setRecords] = useState<AttemptRecord[]>([]);
  const [badCount, setBadCount] = useState(0);
  const [logDir, setLogDir] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string | undefined>();
  const [target, setTarget] = useState('');
  const [outcome, setOutcome] = useState('');
  const [since, setSince] = useState('');

  const load = useCallback(async () => {
    try {
      const reply = await doctor().invoke('attempts:query', { limit: FETCH_LIMIT });
      setRecords(reply.records);
      setBadCount(reply.bad.length);
      setLogDir(reply.logDir);
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  // Filtering happens here, on what was fetched, so typing in a filter needs no round trip.
  const shown = useMemo(() => {
    const sinceMs = since ? Date.parse(since) : undefined;
    const needle = target.trim();
    return records.filter((r) => (!needle || r.target.includes(needle)) && (!outcome || r.outcome === outcome) && (sinceMs === undefined || Number.isNaN(sinceMs) || Date.parse(r.at) >= sinceMs));
  }, [records, target, outcome, since]);
  const newestFirst = useMemo(() => [...shown].reverse(), [shown]);

  const exportAs = async (format: 'csv' | 'json'): Promise<void> => {
    const query = {
      ...(target.trim() ? { target: target.trim() } : {}),
      ...(outcome ? { outcome: [outcome as AttemptOutcome] } : {}),
      ...(since && !Number.isNaN(Date.parse(since)) ? { since: new Date(since).toISOString() } : {}),
    };
    const file = await doctor().invoke('attempts:export', { query, format });
    download(file.fileName, file.mimeType, file.text);
  };

  return (
    <section className="attempts">
      <h2>{t('attempts.title')}</h2>
      <p className="intro">{logDir === null ? t('attempts.noLog') : t('attempts.intro', { dir: logDir ?? '…' })}</p>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="attempt-filters">
        <label>
          <span>{t('attempts.filter.target')}</span>
          <input name="target" value={target} onChange={(e) => setTarget(e.target.value)} spellCheck={false} />
        </label>
        <label>
          <span>{t('attempts.filter.outcome')}</span>
          <select name="outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            <option value="">{t('attempts.filter.any')}</option>
            {AttemptOutcome.options.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('attempts.filter.since')}</span>
          <input name="since" type="datetime-local" value={since} onChange={(e) => setSince(e.target.value)} />
        </label>
        <div className="actions">
          <button type="button" onClick={() => void load()}>
            {t('attempts.refresh')}
          </button>
          <button type="button" onClick={() => void exportAs('csv')}>
            {t('attempts.export.csv')}
          </button>
          <button type="button" onClick={() => void exportAs('json')}>
            {t('attempts.export.json')}
          </button>
        </div>
      </div>
      <p className="muted" data-count={shown.length}>
        {t('attempts.count', { count: shown.length })}
        {badCount > 0 ? ` · ${t('attempts.bad', { count: badCount })}` : ''}
      </p>
      <Timeline records={shown} label={t('attempts.timeline')} emptyText={t('attempts.timeline.empty')} />
      {shown.length === 0 ? (
        <p className="none">{t('attempts.none')}</p>
      ) : (
        <VirtualRows
          items={newestFirst}
          rowHeight={ROW_HEIGHT}
          height={420}
          label={t('attempts.title')}
          header={
            <div className="vrow vhead" role="row">
              {['at', 'source', 'target', 'outcome', 'code', 'ms', 'session'].map((c) => (
                <span key={c} role="columnheader">
                  {t(`attempts.col.${c}`)}
                </span>
              ))}
            </div>
          }
          row={(r) => (
            <div key={r.id} className={`vrow outcome-${r.outcome}`} role="row" data-outcome={r.outcome}>
              <span role="cell">{r.at.replace('T', ' ').slice(0, 23)}</span>
              <span role="cell">{r.source}</span>
              <span role="cell">{r.target}</span>
              <span role="cell">{r.outcome}</span>
              <span role="cell">{code(r)}</span>
              <span role="cell">{r.phases.connackMs ?? r.phases.totalMs}</span>
              <span role="cell">{r.sessionMs !== undefined ? (r.sessionMs / 1000).toFixed(1) : ''}</span>
            </div>
          )}
        />
      )}
    </section>
  );
}
