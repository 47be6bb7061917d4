/**
 * Gould–Fernandez roles: the network against chance per role, a toggle per role that points
 * out its significant actors on the canvas and frames them, and the per-actor table.
 */

import { useEffect, useMemo, useState } from 'react';
import type { BrokerageRole } from '../../../analysis/gould-fernandez.ts';
import { focusActors } from '../../canvas/renderer.ts';
import { useWording } from '../../i18n.ts';
import { useExplorer } from '../../store.ts';
import type { GraphFigures } from '../overview/network-figures.ts';
import type { RankingTable } from '../rankings/table.ts';
import { BrokerageTable } from './BrokerageTable.tsx';
import { significantActors } from './brokerage-table.ts';
import {
  BROKERAGE_ROLE_INFO,
  describeRoleAgainstChance,
  roleActivity,
  roleFigures,
  roleName,
  SIGNIFICANT_Z,
} from './roles.ts';

interface BrokerageSectionProps {
  table: RankingTable;
  graph: GraphFigures;
  selected: string | null;
  onOpen(key: string): void;
}

export function BrokerageSection({ table, graph, selected, onOpen }: BrokerageSectionProps) {
  const wording = useWording();
  const { t, language } = wording;
  // The threshold as it is (1.96), not rounded to a figure's two digits ("2.0").
  const z = SIGNIFICANT_Z.toLocaleString(language);
  const [highlightedRole, setHighlightedRole] = useState<BrokerageRole | null>(null);
  const significant = useMemo(
    () =>
      new Map(BROKERAGE_ROLE_INFO.map((role) => [role.id, significantActors(table, role, SIGNIFICANT_Z)])),
    [table],
  );

  // The canvas highlight belongs to this view: it follows the chosen role and ends with the view.
  useEffect(() => {
    if (highlightedRole === null) return;
    useExplorer.getState().setHighlighted(significant.get(highlightedRole) ?? []);
    return () => useExplorer.getState().setHighlighted(null);
  }, [highlightedRole, significant]);

  return (
    <section className="brokers-section" aria-labelledby="brokers-roles-title">
      <h2 id="brokers-roles-title">{t('brokers.roles.title')}</h2>
      <p className="brokers-lead">{t('brokers.roles.lead', { z })}</p>
      <ul className="brokers-role-lines">
        {BROKERAGE_ROLE_INFO.map((role) => {
          const line = describeRoleAgainstChance(role, roleFigures(graph, role), wording);
          const count = significant.get(role.id)?.length ?? 0;
          const pressed = highlightedRole === role.id;
          return (
            <li key={role.id}>
              <span>{line ?? t('brokers.chance.notComputed', { activity: roleActivity(t, role) })}</span>
              <button
                type="button"
                className="brokers-highlight"
                aria-pressed={pressed}
                disabled={count === 0 && !pressed}
                title={t('brokers.roles.highlightTitle', {
                  count,
                  role: roleName(t, role).toLocaleLowerCase(language),
                  z,
                })}
                onClick={() => {
                  // Pointed out and framed beside the panel, as a community or a place is.
                  if (!pressed) focusActors(significant.get(role.id) ?? []);
                  setHighlightedRole(pressed ? null : role.id);
                }}
              >
                {pressed
                  ? t('brokers.roles.highlighted', { count })
                  : t('brokers.roles.highlight', { count })}
              </button>
            </li>
          );
        })}
      </ul>
      <BrokerageTable table={table} selected={selected} onOpen={onOpen} />
    </section>
  );
}
