/** The roles in plain words, as the guide defines them. */
import { useWording } from '../../i18n.ts';
import { GIULIANI_BELL_KEYS } from './quadrants.ts';
import { BROKERAGE_ROLE_INFO, roleExplanation, roleName } from './roles.ts';

export function RoleGlossary() {
  const { t } = useWording();
  return (
    <section className="brokers-section brokers-glossary" aria-labelledby="brokers-glossary-title">
      <h2 id="brokers-glossary-title">{t('brokers.glossary.title')}</h2>
      <h3>{t('brokers.glossary.gouldFernandez')}</h3>
      <p className="muted">{t('brokers.glossary.twoPaths')}</p>
      <dl>
        {BROKERAGE_ROLE_INFO.filter((role) => role.id !== 'brokerage_total').map((role) => (
          <div key={role.id}>
            <dt>{roleName(t, role)}</dt>
            <dd>{roleExplanation(t, role)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('brokers.glossary.giulianiBell')}</h3>
      <dl>
        {GIULIANI_BELL_KEYS.map((key, code) => ({ key, code }))
          .reverse()
          .map(({ key, code }) => {
            const name = t(`registry:category.giuliani_bell_role.${code}`);
            return (
              <div key={key}>
                <dt>{name[0].toUpperCase() + name.slice(1)}</dt>
                <dd>{t(`brokers.giulianiBell.explanation.${key}`)}</dd>
              </div>
            );
          })}
      </dl>
      <h3>{t('brokers.glossary.burt')}</h3>
      <dl>
        <div>
          <dt>{t('brokers.glossary.constraint')}</dt>
          <dd>{t('brokers.glossary.constraintText')}</dd>
        </div>
        <div>
          <dt>{t('brokers.glossary.effectiveSize')}</dt>
          <dd>{t('brokers.glossary.effectiveSizeText')}</dd>
        </div>
      </dl>
    </section>
  );
}
