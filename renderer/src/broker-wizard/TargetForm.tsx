import { useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetInput } from '../../../shared/model/target';

export interface TargetFormProps {
  running: boolean;
  onRun(target: TargetInput): void;
  onCancel(): void;
}

/** The service's connection settings, as in its .env. The password stays in this form only. */
export function TargetForm({ running, onRun, onCancel }: TargetFormProps): JSX.Element {
  const { t } = useTranslation();
  const [broker, setBroker] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [topic, setTopic] = useState('tracking/data');
  const [clientId, setClientId] = useState('');
  const [mqttVersion, setMqttVersion] = useState<'3.1.1' | '5'>('3.1.1');
  const [timeoutMs, setTimeoutMs] = useState(5000);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const isUrl = /^[a-z]+:\/\//i.test(broker.trim());
    onRun({
      ...(isUrl ? { brokerUrl: broker } : { brokerHost: broker }),
      ...(username ? { username } : {}),
      ...(password ? { password } : {}),
      ...(topic ? { topic } : {}),
      ...(clientId ? { clientId } : {}),
      mqttVersion,
      timeoutMs,
    });
  };

  return (
    <form className="target-form" onSubmit={submit} aria-label={t('wizard.title')}>
      <label>
        <span>{t('field.brokerHost')}</span>
        <input name="broker" value={broker} onChange={(e) => setBroker(e.target.value)} placeholder="broker.example.com:1883" autoComplete="off" spellCheck={false} />
        <small>{t('field.brokerHost.help')}</small>
      </label>
      <div className="row">
        <label>
          <span>{t('field.username')}</span>
          <input name="username" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" />
        </label>
        <label>
          <span>{t('field.password')}</span>
          <input name="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="off" />
          <small>{t('field.password.help')}</small>
        </label>
      </div>
      <div className="row">
        <label>
          <span>{t('field.topic')}</span>
          <input name="topic" value={topic} onChange={(e) => setTopic(e.target.value)} spellCheck={false} />
        </label>
        <label>
          <span>{t('field.clientId')}</span>
          <input name="clientId" value={clientId} onChange={(e) => setClientId(e.target.value)} spellCheck={false} />
        </label>
      </div>
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
      <div className="actions">
        <button type="submit" className="primary" disabled={running}>
          {running ? t('action.running') : t('action.run')}
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
