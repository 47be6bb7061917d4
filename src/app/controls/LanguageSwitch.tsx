/** The language of the explorer, switchable at any moment; nothing on screen is lost by switching. */
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/i18n.ts';
import { useExplorer } from '../store.ts';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useExplorer((state) => state.language);
  const setLanguage = useExplorer((state) => state.setLanguage);
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        aria-label={t('language.label')}
        data-testid="language-switch"
        value={language}
        onChange={(event) => setLanguage(event.target.value as (typeof LANGUAGES)[number])}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
