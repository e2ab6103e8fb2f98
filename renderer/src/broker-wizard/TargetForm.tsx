import { useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_CONNECTION_PROBE,
  DEFAULT_KEEPALIVE_S,
  DEFAULT_MAX_INFLIGHT,
  DEFAULT_RECONNECT_MAX_MS,
  DEFAULT_RECONNECT_MIN_MS,
  WIZARD_LISTEN_MS,
  type TargetInput,
} from '../../../shared/model/target';
import { ConnectionFields, connectionTarget, INITIAL_CONNECTION } from './ConnectionFields';
import { EnvLoader, type LoadedEnv } from './EnvLoader';

export interface TargetFormProps {
  running: boolean;
  onRun(target: TargetInput): void;
  onCancel(): void;
  onTryDemo(): void;
}

const num = (value: string, fallback: number): number => (value.trim() === '' || !Number.isFinite(Number(value)) ? fallback : Number(value));

/**
 * The service's connection settings, as in its .env, plus the session settings the guide
 * discusses, the listen window and the opt-in tests (which ask for a confirmation first).
 * The password stays in this form only.
 */
export function TargetForm({ running, onRun, onCancel, onTryDemo }: TargetFormProps): JSX.Element {
  const { t } = useTranslation();
  const [connection, setConnection] = useState(INITIAL_CONNECTION);
  const [mqttVersion, setMqttVersion] = useState<'3.1.1' | '5'>('3.1.1');
  const [timeoutMs, setTimeoutMs] = useState(5000);
  const [env, setEnv] = useState<LoadedEnv>();
  const [cleanSession, setCleanSession] = useState(true);
  const [keepaliveS, setKeepaliveS] = useState(String(DEFAULT_KEEPALIVE_S));
  const [reconnectMinS, setReconnectMinS] = useState(String(DEFAULT_RECONNECT_MIN_MS / 1000));
  const [reconnectMaxS, setReconnectMaxS] = useState(String(DEFAULT_RECONNECT_MAX_MS / 1000));
  const [maxInflight, setMaxInflight] = useState(String(DEFAULT_MAX_INFLIGHT));
  const [listenS, setListenS] = useState(String(WIZARD_LISTEN_MS / 1000));
  const [untilFirst, setUntilFirst] = useState(false);
  const [caFile, setCaFile] = useState('');
  const [insecure, setInsecure] = useState(false);
  const [takeover, setTakeover] = useState(false);
  const [publishRoundTrip, setPublishRoundTrip] = useState(false);
  const [connectionLimitOn, setConnectionLimitOn] = useState(false);
  const [connectionLimit, setConnectionLimit] = useState(String(DEFAULT_CONNECTION_PROBE));
  const [confirming, setConfirming] = useState(false);

  const optInAsked = takeover || publishRoundTrip || connectionLimitOn;

  const target = (): TargetInput => {
    return {
      ...connectionTarget(connection),
      // The loaded .env goes along: the config step lints it, and its password is used when the field is empty.
      ...(env ? { envText: env.text } : {}),
      mqttVersion,
      timeoutMs,
      cleanSession,
      keepaliveS: Math.round(num(keepaliveS, DEFAULT_KEEPALIVE_S)),
      reconnectMinMs: Math.round(num(reconnectMinS, DEFAULT_RECONNECT_MIN_MS / 1000) * 1000),
      reconnectMaxMs: Math.round(num(reconnectMaxS, DEFAULT_RECONNECT_MAX_MS / 1000) * 1000),
      maxInflight: Math.max(1, Math.round(num(maxInflight, DEFAULT_MAX_INFLIGHT))),
      listenMs: Math.round(num(listenS, WIZARD_LISTEN_MS / 1000) * 1000),
      untilFirst,
      tls: { ...(caFile.trim() ? { caFile: caFile.trim() } : {}), insecure },
      optIn: { takeover, publishRoundTrip, connectionLimit: connectionLimitOn ? Math.max(1, Math.round(num(connectionLimit, DEFAULT_CONNECTION_PROBE))) : 0 },
    };
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    // Tests that touch the broker run only after an explicit yes.
    if (optInAsked && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    onRun(target());
  };

  return (
    <form className="target-form" onSubmit={submit} aria-label={t('wizard.title')}>
      <EnvLoader
        connection={connection}
        loaded={env}
        onLoad={(values, loaded) => {
          setConnection(values);
          setEnv(loaded);
        }}
        onForget={() => setEnv(undefined)}
      />
      <ConnectionFields value={connection} onChange={setConnection} help />
      <div className="row">
        <label>
          <span>{t('field.mqttVersion')}</span>
          <select name="mqttVersion" value={mqttVersion} onChange={(e) => setMqttVersion(e.target.value as '3.1.1' | '5')}>
            <option value="3.1.1">3.1.1</option>
            <option value="5">5</option>
          </select>
        </label>
        <label>
          <span>{t('field.timeout')}</span>
          <input name="timeoutMs" type="number" min={100} max={120000} step={100} value={timeoutMs} onChange={(e) => setTimeoutMs(Number(e.target.value))} />
        </label>
      </div>
      <div className="row">
        <label>
          <span>{t('field.listen')}</span>
          <input name="listenS" type="number" min={0} max={600} step="any" value={listenS} onChange={(e) => setListenS(e.target.value)} />
          <small>{t('field.listen.help')}</small>
        </label>
        <label className="check">
          <input name="untilFirst" type="checkbox" checked={untilFirst} onChange={(e) => setUntilFirst(e.target.checked)} />
          <span>{t('field.untilFirst')}</span>
        </label>
      </div>
      <details className="settings">
        <summary>{t('section.session')}</summary>
        <div className="row">
          <label className="check">
            <input name="cleanSession" type="checkbox" checked={cleanSession} onChange={(e) => setCleanSession(e.target.checked)} />
            <span>{t('field.cleanSession')}</span>
          </label>
          <label>
            <span>{t('field.keepalive')}</span>
            <input name="keepaliveS" type="number" min={0} max={65535} value={keepaliveS} onChange={(e) => setKeepaliveS(e.target.value)} />
          </label>
          <label>
            <span>{t('field.maxInflight')}</span>
            <input name="maxInflight" type="number" min={1} max={65535} value={maxInflight} onChange={(e) => setMaxInflight(e.target.value)} />
          </label>
        </div>
        <div className="row">
          <label>
            <span>{t('field.reconnectMin')}</span>
            <input name="reconnectMinS" type="number" min={0} max={3600} step="any" value={reconnectMinS} onChange={(e) => setReconnectMinS(e.target.value)} />
          </label>
          <label>
            <span>{t('field.reconnectMax')}</span>
            <input name="reconnectMaxS" type="number" min={0} max={3600} step="any" value={reconnectMaxS} onChange={(e) => setReconnectMaxS(e.target.value)} />
          </label>
        </div>
        <small>{t('section.session.help')}</small>
      </details>
      <details className="settings">
        <summary>{t('section.tls')}</summary>
        <div className="row">
          <label>
            <span>{t('field.caFile')}</span>
            <input name="caFile" value={caFile} onChange={(e) => setCaFile(e.target.value)} placeholder="/etc/ssl/company-ca.pem" spellCheck={false} />
          </label>
          <label className="check">
            <input name="insecure" type="checkbox" checked={insecure} onChange={(e) => setInsecure(e.target.checked)} />
            <span>{t('field.insecure')}</span>
          </label>
        </div>
      </details>
      <fieldset className="opt-in">
        <legend>{t('section.optIn')}</legend>
        <small>{t('section.optIn.help')}</small>
        <label className="check">
          <input name="optInTakeover" type="checkbox" checked={takeover} onChange={(e) => setTakeover(e.target.checked)} />
          <span>{t('optIn.takeover')}</span>
        </label>
        <label className="check">
          <input name="optInPublish" type="checkbox" checked={publishRoundTrip} onChange={(e) => setPublishRoundTrip(e.target.checked)} />
          <span>{t('optIn.publish')}</span>
        </label>
        <div className="row">
          <label className="check">
            <input name="optInLimit" type="checkbox" checked={connectionLimitOn} onChange={(e) => setConnectionLimitOn(e.target.checked)} />
            <span>{t('optIn.limit')}</span>
          </label>
          <label>
            <span>{t('optIn.limit.count')}</span>
            <input name="connectionLimit" type="number" min={1} max={500} value={connectionLimit} disabled={!connectionLimitOn} onChange={(e) => setConnectionLimit(e.target.value)} />
          </label>
        </div>
      </fieldset>
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-label={t('confirm.title')}>
          <strong>{t('confirm.title')}</strong>
          <p>{t('confirm.body')}</p>
          <ul>
            {takeover ? <li>{t('optIn.takeover')}</li> : null}
            {publishRoundTrip ? <li>{t('optIn.publish')}</li> : null}
            {connectionLimitOn ? <li>{t('optIn.limit')}</li> : null}
          </ul>
          <button type="submit" className="primary">
            {t('confirm.yes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('confirm.no')}
          </button>
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={running || confirming}>
          {running ? t('action.running') : t('action.run')}
        </button>
        <button type="button" onClick={onTryDemo} disabled={running}>
          {t('action.tryDemo')}
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
