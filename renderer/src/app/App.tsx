import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { BrokerWizard } from '../broker-wizard/BrokerWizard';
import { hasDoctor } from '../ipc/doctor';

export function App(): JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p>{t('app.subtitle')}</p>
        </div>
        <label className="lang">
          <span>{t('app.language')}</span>
          <select value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)} aria-label={t('app.language')}>
            <option value="es">Español</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <nav className="app-nav">
        <button type="button" className="active">
          {t('nav.broker')}
        </button>
      </nav>
      <main>{hasDoctor() ? <BrokerWizard /> : <p className="error">{t('app.noCore')}</p>}</main>
    </div>
  );
}
