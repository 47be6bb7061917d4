/**
 * The selected actor's partners by relation kind, strongest first. Each group lists its first
 * PARTNERS_AT_FIRST partners and offers the rest a hundred at a time: a hub of the Dutch Horizon
 * 2020 network has 2,242 partners, and rendering all of them (a button and three translated
 * phrases each) made selecting it a main-thread task of about a second.
 */
import { useState } from 'react';
import type { Translate } from '../../i18n/i18n.ts';
import { DATA } from '../i18n.ts';
import { RELATION_KIND_COLOURS } from '../palette.ts';
import type { PartnerEntry, PartnerGroup } from '../partners.ts';

export const PARTNERS_AT_FIRST = 50;
export const PARTNERS_MORE = 100;

interface PartnerGroupsProps {
  groups: readonly PartnerGroup[];
  /** Each partner's tie: local (true), external (false), unknown (null). */
  locality: ReadonlyMap<string, boolean | null>;
  onOpen: (id: string) => void;
  t: Translate;
}

export function PartnerGroups({ groups, locality, onOpen, t }: PartnerGroupsProps) {
  if (groups.length === 0) return <p className="muted">{t('profile.noRelations')}</p>;
  // The same words for every partner, looked up once.
  const words = {
    local: t('profile.local'),
    external: t('profile.external'),
    role: (role: string) => t(`profile.role.${role}`),
  };
  const note = (partner: PartnerEntry) =>
    [
      partner.role === 'partner' ? null : words.role(partner.role),
      t('profile.strength', { strength: partner.strength }),
      locality.get(partner.id) === true ? words.local : null,
      locality.get(partner.id) === false ? words.external : null,
    ]
      .filter(Boolean)
      .join(' · ');
  return groups.map((group) => (
    <PartnerGroupList key={group.kind} group={group} note={note} onOpen={onOpen} t={t} />
  ));
}

function PartnerGroupList({
  group,
  note,
  onOpen,
  t,
}: {
  group: PartnerGroup;
  note: (partner: PartnerEntry) => string;
  onOpen: (id: string) => void;
  t: Translate;
}) {
  const [shown, setShown] = useState(PARTNERS_AT_FIRST);
  const total = group.partners.length;
  const rest = total - shown;
  return (
    <section className="partner-group" aria-label={t(`kind.relationsOfKind.${group.kind}`)}>
      <h4>
        <span
          className="swatch line"
          style={{ background: RELATION_KIND_COLOURS[group.kind] }}
          aria-hidden="true"
        />
        {t(`kind.relation.${group.kind}`)} <span className="muted">({total})</span>
      </h4>
      <ul>
        {group.partners.slice(0, shown).map((partner) => (
          <li key={`${partner.id}-${partner.role}`}>
            <button type="button" className="link-button" onClick={() => onOpen(partner.id)} {...DATA}>
              {partner.label}
            </button>
            <span className="muted"> {note(partner)}</span>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <button type="button" className="link-button" onClick={() => setShown(shown + PARTNERS_MORE)}>
          {t('profile.morePartners', { count: Math.min(rest, PARTNERS_MORE), shown, total })}
        </button>
      )}
    </section>
  );
}
