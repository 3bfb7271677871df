import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, LANGUAGES, type Language } from '../i18n';

/** Each language named in itself, so a reader finds their own whatever the current one. */
const NAMES: Record<Language, string> = { en: 'English', fr: 'Français', pt: 'Português' };

/** A native select: keyboard, screen readers and phones handle it as they do everywhere. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('layout.language')}</label>
      <select id={id} value={i18n.language} onChange={(event) => void chooseLanguage(event.target.value as Language)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
