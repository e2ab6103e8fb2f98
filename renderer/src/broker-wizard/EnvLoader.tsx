import { useState, type ChangeEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { doctor } from '../ipc/doctor';
import type { ConnectionValues } from './ConnectionFields';

export interface LoadedEnv {
  name: string;
  text: string;
  passwordPresent: boolean;
}

/**
 * "Load the service's .env": the core reads it (dotenv's rules) and fills the form; the file's
 * text goes with the diagnosis so the config step lints it and uses its password, which never
 * comes back to the form.
 */
export function EnvLoader({ connection, onLoad, loaded, onForget }: { connection: ConnectionValues; onLoad(values: ConnectionValues, env: LoadedEnv): void; loaded: LoadedEnv | undefined; onForget(): void }): JSX.Element {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const pick = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(undefined);
    try {
      const text = await file.text();
      const env = await doctor().invoke('env:import', { text });
      onLoad(
        { ...connection, broker: env.brokerHost ?? connection.broker, topic: env.topic ?? connection.topic, username: env.username ?? connection.username, password: '' },
        { name: file.name, text, passwordPresent: env.passwordPresent },
      );
    } catch (e) {
      setError(t('env.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div className="env-loader">
      <label className="file">
        <span>{t('env.load')}</span>
        <input type="file" name="envFile" accept=".env,text/plain" onChange={(e) => void pick(e)} />
      </label>
      {loaded ? (
        <p className="env-loaded" role="status">
          {t(loaded.passwordPresent ? 'env.loadedWithPassword' : 'env.loaded', { name: loaded.name })}{' '}
          <button type="button" className="link" onClick={onForget}>
            {t('env.forget')}
          </button>
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
