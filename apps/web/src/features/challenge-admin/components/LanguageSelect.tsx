import { useTranslation } from 'react-i18next';

const LANGUAGES = ['EN', 'FR', 'PT', 'ES'] as const;

/** The language the brief is written in (and its ideas searched in); fixed once the challenge opens. */
export function LanguageSelect({ defaultValue, disabled }: { defaultValue: string; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <label className="field">
      {t('challengeAdmin.language')}
      <select name="language" defaultValue={defaultValue} disabled={disabled} aria-describedby="language-help">
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language.toLowerCase()}>
            {t(`challengeAdmin.languages.${language}`)}
          </option>
        ))}
      </select>
      <span id="language-help" className="muted">
        {t(disabled ? 'challengeAdmin.languageFrozen' : 'challengeAdmin.languageHelp')}
      </span>
    </label>
  );
}
