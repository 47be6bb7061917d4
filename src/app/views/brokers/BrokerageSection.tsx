/**
 * Gould–Fernandez roles: the network against chance per role, a toggle per role that points
 * out its significant actors on the canvas, and the per-actor table.
 */

import { useEffect, useMemo, useState } from 'react';
import type { BrokerageRole } from '../../../analysis/gould-fernandez.ts';
import { useExplorer } from '../../store.ts';
import type { GraphFigures } from '../overview/network-figures.ts';
import type { RankingTable } from '../rankings/table.ts';
import { BrokerageTable } from './BrokerageTable.tsx';
import { significantActors } from './brokerage-table.ts';
import { BROKERAGE_ROLE_INFO, describeRoleAgainstChance, roleFigures, SIGNIFICANT_Z } from './roles.ts';

interface BrokerageSectionProps {
  table: RankingTable;
  graph: GraphFigures;
  selected: string | null;
  onOpen(key: string): void;
}

export function BrokerageSection({ table, graph, selected, onOpen }: BrokerageSectionProps) {
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
      <h2 id="brokers-roles-title">Gould–Fernandez brokerage roles</h2>
      <p className="brokers-lead">
        A broker v sits on an open two-path a → v → b: a reaches b only through v. Which role v plays depends
        on the groups of a, v and b. “Chance” is a random network with the same density and group sizes; z
        above {SIGNIFICANT_Z} means more than chance would plausibly give.
      </p>
      <ul className="brokers-role-lines">
        {BROKERAGE_ROLE_INFO.map((role) => {
          const line = describeRoleAgainstChance(role, roleFigures(graph, role));
          const count = significant.get(role.id)?.length ?? 0;
          const pressed = highlightedRole === role.id;
          return (
            <li key={role.id}>
              <span>{line ?? `${role.activity}: not computed yet.`}</span>
              <button
                type="button"
                className="brokers-highlight"
                aria-pressed={pressed}
                disabled={count === 0 && !pressed}
                title={`Fade every actor except the ${count} with ${role.label.toLowerCase()} z > ${SIGNIFICANT_Z}`}
                onClick={() => setHighlightedRole(pressed ? null : role.id)}
              >
                {pressed ? 'Highlighted on map' : 'Highlight on map'} ({count})
              </button>
            </li>
          );
        })}
      </ul>
      <BrokerageTable table={table} selected={selected} onOpen={onOpen} />
    </section>
  );
}
