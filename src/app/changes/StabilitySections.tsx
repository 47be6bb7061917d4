/**
 * Whether the structure held between A and B: communities of A matched with those of B by the
 * Jaccard index of their members, and Giuliani–Bell roles from A to B (who became a gatekeeper,
 * who an external star), with `absent` for actors outside a window.
 */

import { useTranslation } from 'react-i18next';
import { ROLE_STATES } from '../../analysis/time/role-transitions.ts';
import { useWording } from '../i18n.ts';
import { ActorName } from './ActorName.tsx';
import type { HeldComparison } from './changes-store.ts';
import { useFormats } from './format.ts';

const COMMUNITIES_SHOWN = 15;
const ACTORS_SHOWN = 20;

export function CommunitiesSection({ held }: { held: HeldComparison }) {
  const { t } = useWording();
  const format = useFormats();
  const { communities } = held.comparison;
  const largest = [...communities.matches]
    .sort((a, b) => b.size - a.size || a.community - b.community)
    .slice(0, COMMUNITIES_SHOWN);
  return (
    <section
      className="changes-section"
      data-testid="community-stability"
      aria-labelledby="communities-title"
    >
      <h3 id="communities-title">{t('changes.communities.title')}</h3>
      <p>
        {t('changes.communities.summary', {
          from: communities.communitiesFrom,
          to: communities.communitiesTo,
          mean: communities.meanJaccard === null ? '–' : format.number(communities.meanJaccard),
          weighted: communities.weightedJaccard === null ? '–' : format.number(communities.weightedJaccard),
        })}
      </p>
      {largest.length > 0 && (
        <table className="data-table changes-table">
          <thead>
            <tr>
              <th scope="col">{t('changes.communities.inA')}</th>
              <th scope="col">{t('changes.communities.size')}</th>
              <th scope="col">{t('changes.communities.inB')}</th>
              <th scope="col">{t('changes.communities.size')}</th>
              <th scope="col">{t('changes.communities.shared')}</th>
              <th scope="col">{t('changes.communities.jaccard')}</th>
            </tr>
          </thead>
          <tbody>
            {largest.map((match) => (
              <tr key={match.community}>
                <td>{t('clusters.name', { number: match.community + 1 })}</td>
                <td className="number">{format.count(match.size)}</td>
                <td>{match.match === null ? '–' : t('clusters.name', { number: match.match + 1 })}</td>
                <td className="number">{match.match === null ? '–' : format.count(match.matchSize)}</td>
                <td className="number">{format.count(match.shared)}</td>
                <td className="number">{format.number(match.jaccard)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function RolesSection({ held }: { held: HeldComparison }) {
  const { t } = useWording();
  const registry = useTranslation('registry').t;
  const format = useFormats();
  const { roles, keys } = held.comparison;
  const { network } = held;
  const stateName = (state: number) =>
    state === 0 ? t('changes.roles.absent') : registry(`category.giuliani_bell_role.${state - 1}`);
  const roleName = (code: number) => stateName(Number.isNaN(code) ? 0 : code + 1);
  const list = (title: string, actors: readonly number[], testId: string) => (
    <div>
      <h4>{title}</h4>
      {actors.length === 0 ? (
        <p className="muted">{t('changes.roles.nobody')}</p>
      ) : (
        <ol className="changes-list" data-testid={testId}>
          {actors.slice(0, ACTORS_SHOWN).map((v) => (
            <li key={keys[v]}>
              <ActorName
                actorKey={keys[v]}
                label={network.hasNode(keys[v]) ? network.getNodeAttribute(keys[v], 'label') : keys[v]}
              />{' '}
              <span className="muted">{t('changes.roles.was', { role: roleName(roles.from[v]) })}</span>
            </li>
          ))}
        </ol>
      )}
      {actors.length > ACTORS_SHOWN && (
        <p className="muted small">{t('changes.more', { shown: ACTORS_SHOWN, total: actors.length })}</p>
      )}
    </div>
  );
  return (
    <section className="changes-section" data-testid="role-transitions" aria-labelledby="roles-title">
      <h3 id="roles-title">{t('changes.roles.title')}</h3>
      <p className="muted small">{t('changes.roles.note')}</p>
      <table className="data-table changes-table role-table">
        <caption className="visually-hidden">{t('changes.roles.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('changes.roles.fromTo')}</th>
            {ROLE_STATES.map((_state, b) => (
              <th key={ROLE_STATES[b]} scope="col">
                {stateName(b)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROLE_STATES.map((state, a) => (
            <tr key={state}>
              <th scope="row">{stateName(a)}</th>
              {ROLE_STATES.map((next, b) => (
                <td key={next} className={a === b ? 'number same' : 'number'}>
                  {format.count(roles.counts[a][b])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="changes-columns">
        {list(
          t('changes.roles.gatekeepers', { count: roles.becameGatekeeper.length }),
          roles.becameGatekeeper,
          'became-gatekeeper',
        )}
        {list(
          t('changes.roles.stars', { count: roles.becameExternalStar.length }),
          roles.becameExternalStar,
          'became-external-star',
        )}
      </div>
    </section>
  );
}
