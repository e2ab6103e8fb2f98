import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { I18N_BASE_OPTIONS, knowledgeResources } from '../../../shared/i18n';
import type { Lang } from '../../../shared/model/localized';
import { appTexts } from '../app/texts';
import { brokerWizardTexts } from '../broker-wizard/texts';
import { reportTexts } from '../report/texts';
import { statsdWizardTexts } from '../statsd-wizard/texts';
import { decoderTexts } from '../decoder/texts';
import { monitorTexts } from '../monitor/texts';
import { attemptsTexts } from '../attempts/texts';

/** Each feature folder keeps its own texts; the UI namespace is their union. */
const UI_TEXTS = {
  es: { ...appTexts.es, ...brokerWizardTexts.es, ...reportTexts.es, ...monitorTexts.es, ...attemptsTexts.es, ...statsdWizardTexts.es, ...decoderTexts.es },
  en: { ...appTexts.en, ...brokerWizardTexts.en, ...reportTexts.en, ...monitorTexts.en, ...attemptsTexts.en, ...statsdWizardTexts.en, ...decoderTexts.en },
};

const STORAGE_KEY = 'siscom-doctor.lang';

export function initialLang(): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  if (saved === 'es' || saved === 'en') return saved;
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** One i18next instance for the UI: its own texts plus the shared knowledge base. */
export function createI18n(lang: Lang = initialLang()) {
  const instance = i18next.createInstance();
  const knowledge = knowledgeResources();
  void instance.use(initReactI18next).init({
    ...I18N_BASE_OPTIONS,
    lng: lang,
    ns: ['ui', 'findings', 'summaries'],
    defaultNS: 'ui',
    resources: {
      es: { ...knowledge.es, ui: UI_TEXTS.es },
      en: { ...knowledge.en, ui: UI_TEXTS.en },
    },
  });
  instance.on('languageChanged', (lng) => {
    try {
      localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this session.
    }
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  return instance;
}
