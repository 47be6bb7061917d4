/**
 * Gatekeepers & brokers: who links groups, and how — the Gould–Fernandez roles per actor and
 * for the network against chance, the Giuliani–Bell quadrants, and Burt's constraint against
 * effective size. Reads the analysis columns and graph figures; computes no measure. The
 * grouping control re-runs the analysis in its worker with another grouping.
 */
import { useMemo } from 'react';
import type { Ecosystem } from '../../model/ecosystem.ts';
import { focusActor } from '../canvas/renderer.ts';
import { useWording } from '../i18n.ts';
import { useExplorer } from '../store.ts';
import { BrokerageSection } from './brokers/BrokerageSection.tsx';
import { ConstraintSection } from './brokers/ConstraintSection.tsx';
import { GroupingControl } from './brokers/GroupingControl.tsx';
import { QuadrantSection } from './brokers/QuadrantSection.tsx';
import { RoleGlossary } from './brokers/RoleGlossary.tsx';
import { buildRankingTable } from './rankings/table.ts';
import './brokers/brokers.css';

function openActor(key: string): void {
  useExplorer.getState().select(key);
  focusActor(key);
}

export function BrokersView() {
  const ecosystem = useExplorer((state) => state.ecosystem);
  const { t } = useWording();
  if (!ecosystem)
    return (
      <div className="view-scroll brokers-view" data-testid="brokers-view">
        <p className="muted">{t('brokers.empty')}</p>
      </div>
    );
  return <Brokers ecosystem={ecosystem} />;
}

function Brokers({ ecosystem }: { ecosystem: Ecosystem }) {
  // Committed with the network by the pipeline: it always describes this ecosystem.
  const analysis = useExplorer((state) => state.analysis);
  const settings = useExplorer((state) => state.analysisSettings);
  const selected = useExplorer((state) => state.selected);
  const table = useMemo(() => buildRankingTable(ecosystem, analysis), [ecosystem, analysis]);
  const selectedActor = useMemo(
    () => (selected === null ? -1 : table.keys.indexOf(selected)),
    [table, selected],
  );
  const graph = analysis?.graph ?? {};
  const { t } = useWording();

  return (
    <div className="view-scroll brokers-view" data-testid="brokers-view">
      <GroupingControl ecosystem={ecosystem} settings={settings} />
      {!analysis && <p className="muted">{t('brokers.computing')}</p>}
      <BrokerageSection table={table} graph={graph} selected={selected} onOpen={openActor} />
      <QuadrantSection
        table={table}
        graph={graph}
        settings={settings}
        selectedActor={selectedActor}
        onOpen={openActor}
      />
      <ConstraintSection table={table} selectedActor={selectedActor} onOpen={openActor} />
      <RoleGlossary />
    </div>
  );
}
