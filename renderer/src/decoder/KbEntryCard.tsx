import type { JSX, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { renderKbEntry, type KbEntry } from '../../../shared/kb';
import type { Lang } from '../../../shared/model/localized';

const SOURCE_NAMES: Record<string, string> = {
  connack: 'MQTT 3.1.1 CONNACK',
  suback: 'MQTT 3.1.1 SUBACK',
  reason: 'MQTT 5',
  paho: 'paho-mqtt',
  mqttjs: 'mqtt.js',
  errno: 'errno',
  tls: 'TLS',
  mosquitto: 'mosquitto',
};

/**
 * One knowledge-base entry: what it means, why it happens (most likely first), what to check.
 * Its title is no <strong>: the card also sits inside a finding card, whose <strong> is its title.
 */
export function KbEntryCard({ entry, children }: { entry: KbEntry; children?: ReactNode }): JSX.Element {
  const { t, i18n } = useTranslation();
  const e = renderKbEntry(entry, i18n.language as Lang);
  const title = e.name.startsWith(e.code) ? e.name : `${e.code} — ${e.name}`;
  return (
    <article className={`finding kb-entry kb-${e.severity === 'ok' ? 'ok' : e.severity}`} data-kb={e.id}>
      <header>
        <span className="severity">{SOURCE_NAMES[e.source] ?? e.source}</span>
        <span className="kb-title">{title}</span>
        <code className="finding-id">{e.id}</code>
        <span className="kb-severity">{t(`decoder.severity.${e.severity}`)}</span>
      </header>
      {children}
      <p className="kb-meaning">{e.meaning}</p>
      <h4>{t('decoder.causes')}</h4>
      <ol className="kb-causes">
        {e.causes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
      <h4>{t('decoder.next')}</h4>
      <ul className="kb-next">
        {e.next.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      {e.step ? <p className="kb-step">{t('decoder.step', { step: t(`step.${e.step}`, { defaultValue: e.step }) })}</p> : null}
      <p className="kb-cite">
        {t('decoder.cite')}: <cite>{e.cite}</cite>
      </p>
    </article>
  );
}
