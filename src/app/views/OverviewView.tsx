/**
 * The overview: the network in plain language, how the main measures are spread, what the
 * network is made of, and its leading actors. Reads the store only; every number comes from
 * the analysis or from counting, prepared by the pure helpers in ./overview/.
 */
import { useMemo } from 'react';
import { focusActor } from '../canvas/renderer.ts';
import { useWording } from '../i18n.ts';
import { useExplorer } from '../store.ts';
import { CompositionSection } from './overview/CompositionSection.tsx';
import { actorFieldValues, actorKindBars, fieldBreakdown, relationKindBars } from './overview/composition.ts';
import { DistributionsSection } from './overview/DistributionsSection.tsx';
import { describeNetwork } from './overview/describe.ts';
import { distributionCharts } from './overview/distributions.ts';
import { networkFigures } from './overview/network-figures.ts';
import { SummarySection } from './overview/SummarySection.tsx';
import { TopActorsSection } from './overview/TopActorsSection.tsx';
import { topActorLists } from './overview/top-actors.ts';
import './overview/overview.css';

function openActor(key: string) {
  useExplorer.getState().select(key);
  focusActor(key);
}

export function OverviewView() {
  const ecosystem = useExplorer((state) => state.ecosystem);
  // Committed with the network by the pipeline: it always describes this ecosystem.
  const analysis = useExplorer((state) => state.analysis);
  const settings = useExplorer((state) => state.analysisSettings);
  const phase = useExplorer((state) => state.phase);
  const selected = useExplorer((state) => state.selected);
  const localityField = settings.localBy ?? 'region';
  const wording = useWording();
  const { t } = wording;

  const figures = useMemo(
    () => (ecosystem ? networkFigures(ecosystem, analysis, settings) : null),
    [ecosystem, analysis, settings],
  );
  const paragraphs = useMemo(() => (figures ? describeNetwork(figures, wording) : []), [figures, wording]);
  const charts = useMemo(
    () => (analysis ? distributionCharts(analysis.columns, wording) : []),
    [analysis, wording],
  );
  const locality = useMemo(
    () => fieldBreakdown(ecosystem ? actorFieldValues(ecosystem, localityField) : [], t),
    [ecosystem, localityField, t],
  );
  const topLists = useMemo(
    () => (ecosystem && analysis ? topActorLists(ecosystem, analysis.columns, t) : []),
    [ecosystem, analysis, t],
  );

  if (!ecosystem || !figures) {
    return (
      <div className="view-scroll overview-view" data-testid="overview-view">
        <p className="muted">{t('overview.empty')}</p>
      </div>
    );
  }
  return (
    <div className="view-scroll overview-view" data-testid="overview-view">
      <SummarySection
        paragraphs={paragraphs}
        analysing={!analysis && (phase === 'analysing' || phase === 'importing')}
      />
      <DistributionsSection charts={charts} />
      <CompositionSection
        actorKinds={actorKindBars(figures.actorsByKind, t)}
        relationKinds={relationKindBars(figures.relationsByKind, t)}
        locality={locality}
        localityField={localityField}
      />
      <TopActorsSection lists={topLists} selected={selected} onOpen={openActor} />
    </div>
  );
}
