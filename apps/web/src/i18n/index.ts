import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';
import pt from './locales/pt.json';

export const LANGUAGES = ['en', 'fr', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'pollen.language';

/** The chosen language, else the first of the browser's languages we speak, else English. */
export function detectLanguage(): Language {
  const chosen = localStorage.getItem(STORAGE_KEY);
  if (LANGUAGES.includes(chosen as Language)) return chosen as Language;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base as Language)) return base as Language;
  }
  return 'en';
}

export function chooseLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

export function initI18n(): typeof i18n {
  const lng = detectLanguage();
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr }, pt: { translation: pt } },
    lng,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18n;
}
