import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { createI18n } from './i18n';
import { hasDoctor } from './ipc/doctor';
import { subscribeToCore } from './ipc/subscribe';
import './app/app.css';

const i18n = createI18n();
document.documentElement.lang = i18n.language;
if (hasDoctor()) subscribeToCore();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
