/**
 * The glossary: the product's words side by side in English and Dutch, and every measure column
 * of the registry with its id, its name in both languages and what it means (in the language on
 * screen). Generated from the catalogs and the registry, so it can never list a word the
 * explorer does not use or miss a measure. The English column is marked lang="en".
 */
import { MEASURES } from '../../analysis/registry.ts';
import { wordingFor } from '../../i18n/i18n.ts';
import { outputLabel } from '../../i18n/registry-texts.ts';
import { useWording } from '../i18n.ts';
import { GLOSSARY_TERMS } from './glossary-terms.ts';
import './views.css';

const OUTPUTS = MEASURES.flatMap((measure) => measure.outputs);

export function GlossaryView() {
  const { t } = useWording();
  const english = wordingFor('en').t;
  const dutch = wordingFor('nl').t;
  return (
    <article className="view glossary-view" data-testid="glossary-view" aria-labelledby="glossary-title">
      <h2 id="glossary-title">{t('glossary.title')}</h2>
      <p>{t('glossary.intro')}</p>
      <h3 id="glossary-terms-title">{t('glossary.termsTitle')}</h3>
      <table className="data-table glossary-table" aria-labelledby="glossary-terms-title">
        <thead>
          <tr>
            <th scope="col" lang="en">
              {t('glossary.english')}
            </th>
            <th scope="col" lang="nl">
              {t('glossary.dutch')}
            </th>
          </tr>
        </thead>
        <tbody>
          {GLOSSARY_TERMS.map((term) => (
            <tr key={term} data-term={term}>
              <td lang="en">{english(`glossary.term.${term}`)}</td>
              <td lang="nl">{dutch(`glossary.term.${term}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id="glossary-measures-title">{t('glossary.measuresTitle')}</h3>
      <table className="data-table glossary-table" aria-labelledby="glossary-measures-title">
        <thead>
          <tr>
            <th scope="col">{t('glossary.column')}</th>
            <th scope="col" lang="en">
              {t('glossary.english')}
            </th>
            <th scope="col" lang="nl">
              {t('glossary.dutch')}
            </th>
            <th scope="col">{t('glossary.definition')}</th>
          </tr>
        </thead>
        <tbody>
          {OUTPUTS.map((output) => (
            <tr key={output.id} data-output={output.id}>
              <td>
                <code translate="no">{output.id}</code>
              </td>
              <td lang="en">{outputLabel(english, output.id)}</td>
              <td lang="nl">{outputLabel(dutch, output.id)}</td>
              <td>{t(`glossary.definitionOf.${output.id}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
