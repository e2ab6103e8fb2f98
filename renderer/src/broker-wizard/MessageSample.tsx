import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';

interface SampleView {
  topic?: string;
  text?: string;
  format?: string;
  bytes?: number;
  truncated?: boolean;
}

/** The listen window, live: count, rate and the latest messages (batched by the core). */
export function MessageSample({ progress, samples }: { progress?: Record<string, unknown>; samples?: unknown }): JSX.Element | null {
  const { t } = useTranslation();
  const list = (Array.isArray(samples) ? samples : Array.isArray(progress?.recent) ? progress.recent : []) as SampleView[];
  if (!progress && list.length === 0) return null;
  return (
    <div className="message-sample" data-testid="message-sample">
      {progress ? (
        <p className="message-count">
          {t('messages.live', { count: Number(progress.count ?? 0), rate: Number(progress.ratePerS ?? 0), seconds: Math.round(Number(progress.elapsedMs ?? 0) / 1000), total: Math.round(Number(progress.listenMs ?? 0) / 1000) })}
        </p>
      ) : null}
      {list.map((m, i) => (
        <div key={i} className={`message message-${m.format ?? 'text'}`}>
          <code className="message-topic">{m.topic}</code>
          <pre>{m.text}</pre>
          {m.truncated ? <small>{t('messages.truncated', { bytes: m.bytes ?? 0 })}</small> : null}
        </div>
      ))}
    </div>
  );
}
