import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetInput } from '../../../shared/model/target';

/** The service's connection settings as its .env names them; what every MQTT form asks first. */
export interface ConnectionValues {
  broker: string;
  username: string;
  password: string;
  topic: string;
  clientId: string;
}

export const INITIAL_CONNECTION: ConnectionValues = { broker: '', username: '', password: '', topic: 'tracking/data', clientId: '' };

/** The target fields these values give: a URL goes to brokerUrl, `host:port` to brokerHost; empty fields are left out. */
export function connectionTarget(v: ConnectionValues): Pick<TargetInput, 'brokerUrl' | 'brokerHost' | 'username' | 'password' | 'topic' | 'clientId'> {
  const isUrl = /^[a-z]+:\/\//i.test(v.broker.trim());
  return {
    ...(isUrl ? { brokerUrl: v.broker } : { brokerHost: v.broker }),
    ...(v.username ? { username: v.username } : {}),
    ...(v.password ? { password: v.password } : {}),
    ...(v.topic ? { topic: v.topic } : {}),
    ...(v.clientId ? { clientId: v.clientId } : {}),
  };
}

/**
 * Broker, user, password, topic and client id. The password stays in the form's state only; a
 * given client id carries the warning that the running service with that id will be kicked off.
 */
export function ConnectionFields({ value, onChange, help = false }: { value: ConnectionValues; onChange(next: ConnectionValues): void; help?: boolean }): JSX.Element {
  const { t } = useTranslation();
  const set = (key: keyof ConnectionValues) => (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value });
  return (
    <>
      <label>
        <span>{t('field.brokerHost')}</span>
        <input name="broker" value={value.broker} onChange={set('broker')} placeholder="broker.example.com:1883" autoComplete="off" spellCheck={false} />
        {help ? <small>{t('field.brokerHost.help')}</small> : null}
      </label>
      <div className="row">
        <label>
          <span>{t('field.username')}</span>
          <input name="username" value={value.username} onChange={set('username')} autoComplete="off" />
        </label>
        <label>
          <span>{t('field.password')}</span>
          <input name="password" type="password" value={value.password} onChange={set('password')} autoComplete="off" />
          {help ? <small>{t('field.password.help')}</small> : null}
        </label>
      </div>
      <div className="row">
        <label>
          <span>{t('field.topic')}</span>
          <input name="topic" value={value.topic} onChange={set('topic')} spellCheck={false} />
        </label>
        <label>
          <span>{t('field.clientId')}</span>
          <input name="clientId" value={value.clientId} onChange={set('clientId')} spellCheck={false} />
          {value.clientId ? (
            <small className="warning" role="note">
              {t('field.clientId.warning')}
            </small>
          ) : null}
        </label>
      </div>
    </>
  );
}
