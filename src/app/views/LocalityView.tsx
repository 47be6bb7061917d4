/**
 * Local vs. global: the locality rule as a control, the network's local and external ties in
 * plain words, the group-level E-I table, every actor's E-I and external share, and the firms
 * whose ties mostly leave their locality. Reads the store and calls `reanalyse` for a new
 * rule; rows and words come from the pure helpers in ./locality/.
 */
import { useMemo } from 'react';
import { focusActor, focusActors } from '../canvas/renderer.ts';
import { useWording } from '../i18n.ts';
import { useExplorer } from '../store.ts';
import { fieldLabel } from '../words.ts';
import { ActorLocalityTable } from './locality/ActorLocalityTable.tsx';
import { actorLocalityRows, mostlyExternalFirms } from './locality/actor-locality.ts';
import { describeNetworkLocality } from './locality/describe-locality.ts';
import { localityGroupRows } from './locality/group-rows.ts';
import { LocalityGroupsTable } from './locality/LocalityGroupsTable.tsx';
import { LocalityRuleControl } from './locality/LocalityRuleControl.tsx';
import { MostlyExternalList } from './locality/MostlyExternalList.tsx';
import {
  choiceSettings,
  currentChoice,
  hasCoordinates,
  type LocalityChoice,
  localityFieldChoices,
  sameChoice,
} from './locality/rule.ts';
import { localityWords } from './overview/describe-groups.ts';
import './locality/locality.css';

function openActor(key: string) {
  useExplorer.getState().select(key);
  focusActor(key);
}

export function LocalityView() {
  const ecosystem = useExplorer((state) => state.ecosystem);
  // Committed with the network by the pipeline: it always describes this ecosystem.
  const analysis = useExplorer((state) => state.analysis);
  const settings = useExplorer((state) => state.analysisSettings);
  const computing = useExplorer((state) => state.computing);
  const edgeColourBy = useExplorer((state) => state.appearance.edgeColourBy);
  const selected = useExplorer((state) => state.selected);
  const wording = useWording();
  const { t } = wording;

  const choice = useMemo(() => currentChoice(settings), [settings]);
  const fields = useMemo(
    () => (ecosystem ? localityFieldChoices(ecosystem, settings.localBy ?? 'region') : []),
    [ecosystem, settings.localBy],
  );
  const distanceAllowed = useMemo(() => (ecosystem ? hasCoordinates(ecosystem) : false), [ecosystem]);
  const actors = useMemo(
    () => (ecosystem && analysis ? actorLocalityRows(ecosystem, analysis.columns) : []),
    [ecosystem, analysis],
  );
  const detached = useMemo(() => mostlyExternalFirms(actors), [actors]);
  const groups = useMemo(() => localityGroupRows(analysis?.tables.locality_groups), [analysis]);
  const sentences = useMemo(
    () => (analysis ? describeNetworkLocality(analysis.graph, choice, wording) : []),
    [analysis, choice, wording],
  );

  if (!ecosystem) {
    return (
      <div className="view-scroll locality-view" data-testid="locality-view">
        <p className="muted">{t('locality.empty')}</p>
      </div>
    );
  }

  const apply = (next: LocalityChoice) => {
    if (!sameChoice(next, choice)) useExplorer.getState().setAnalysisSettings(choiceSettings(next));
  };
  const drawingLocality = edgeColourBy === 'locality';
  const localityWord =
    choice.mode === 'distance'
      ? localityWords(wording, '', choice.km).group
      : localityWords(wording, choice.field).group;

  return (
    <div className="view-scroll locality-view" data-testid="locality-view">
      <section className="locality-section">
        <h2>{t('locality.title')}</h2>
        <LocalityRuleControl
          choice={choice}
          fields={fields}
          distanceAllowed={distanceAllowed}
          recomputing={computing}
          onApply={apply}
        />
        <label className="locality-switch">
          <input
            type="checkbox"
            checked={drawingLocality}
            onChange={() =>
              useExplorer
                .getState()
                .setAppearance({ edgeColourBy: drawingLocality ? 'relation' : 'locality' })
            }
          />{' '}
          {t('locality.drawOnMap')}
        </label>
        {sentences.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
        {!analysis && <p className="muted">{t('locality.waiting')}</p>}
      </section>
      <section
        className="locality-section"
        data-testid="locality-groups"
        aria-labelledby="locality-groups-title"
      >
        <h2 id="locality-groups-title">{t('locality.groupsTitle', { group: localityWord })}</h2>
        {choice.mode === 'distance' ? (
          <p className="muted">{t('locality.noGroups')}</p>
        ) : groups.length === 0 ? (
          <p className="muted">{t('locality.noValues', { field: fieldLabel(t, choice.field) })}</p>
        ) : (
          <LocalityGroupsTable rows={groups} groupWord={fieldLabel(t, choice.field)} />
        )}
      </section>
      <MostlyExternalList
        firms={detached}
        localityWord={localityWord}
        selected={selected}
        onOpen={openActor}
        onHighlight={() => {
          const keys = detached.map((firm) => firm.key);
          useExplorer.getState().setHighlighted(keys);
          focusActors(keys);
        }}
      />
      <section className="locality-section" aria-labelledby="actor-locality-title">
        <h2 id="actor-locality-title">{t('locality.actorsTitle')}</h2>
        <ActorLocalityTable rows={actors} selected={selected} onOpen={openActor} />
      </section>
    </div>
  );
}
