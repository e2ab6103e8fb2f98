import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { hasDoctor } from '../ipc/doctor';
import { FEATURES } from './features';

export function App(): JSX.Element {
  const { t, i18n } = useTranslation();
  const [active, setActive] = useState(FEATURES[0]?.id ?? '');
  const feature = FEATURES.find((f) => f.id === active) ?? FEATURES[0];
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
      <nav className="app-nav" role="tablist">
        {FEATURES.map((f) => (
          <button key={f.id} type="button" role="tab" aria-selected={f.id === feature?.id} className={f.id === feature?.id ? 'active' : ''} onClick={() => setActive(f.id)}>
            {t(f.labelKey)}
          </button>
        ))}
      </nav>
      <main>{!hasDoctor() ? <p className="error">{t('app.noCore')}</p> : feature ? <feature.Component /> : null}</main>
    </div>
  );
}
