/**
 * The community outlines on screen, kept until what they depend on changes: the way of looking,
 * the measures (communities and their names), the language, and the positions (while the layout
 * runs, at most twice a second, and once more when it stops).
 */
import { OTHER_COLOUR } from '../appearance/palettes.ts';
import type { Display } from '../display-graph.ts';
import { type ExplorerState, useExplorer } from '../store.ts';
import { communityRows, communityTitle } from '../views/clusters/community-rows.ts';
import { type CommunityOutline, communityOutlines } from './hulls.ts';

const REFRESH_WHILE_RUNNING_MS = 500;

export class OutlineCache {
  private outlines: CommunityOutline[] | null = null;
  private madeAt = 0;

  constructor(private readonly display: Display) {}

  /** Whether a change of state calls for new outlines (and so a redraw). */
  stale(state: ExplorerState, previous: ExplorerState): boolean {
    const changed =
      state.appearance.lens !== previous.appearance.lens ||
      state.layoutMode !== previous.layoutMode ||
      state.analysis !== previous.analysis ||
      state.legend !== previous.legend ||
      (state.layout.state !== previous.layout.state && state.layout.state !== 'running') ||
      (state.layout.iterations !== previous.layout.iterations &&
        performance.now() - this.madeAt > REFRESH_WHILE_RUNNING_MS);
    if (changed) this.outlines = null;
    return changed;
  }

  current(): CommunityOutline[] {
    if (this.outlines) return this.outlines;
    this.outlines = this.make();
    this.madeAt = performance.now();
    return this.outlines;
  }

  private make(): CommunityOutline[] {
    const { appearance, analysis, legend, ecosystem, layoutMode } = useExplorer.getState();
    const community = analysis?.columns.community;
    // A community's hull across a map of Europe would outline no place at all.
    if (appearance.lens !== 'clusters' || layoutMode === 'map' || !community || !ecosystem || legend === null)
      return [];
    const { graph } = this.display;
    const keys = graph.nodes();
    if (keys.length !== community.length) return [];
    const positions = keys.map((key) => graph.getNodeAttributes(key));
    const rows = communityRows(analysis.tables.communities, keys, (key) =>
      graph.getNodeAttribute(key, 'label'),
    );
    const titles = new Map(rows.map((row) => [row.community, communityTitle(row)]));
    // The colour each community has on the canvas: that of its first member.
    const colourOf = new Map<number, string>();
    keys.forEach((key, i) => {
      if (!colourOf.has(community[i])) colourOf.set(community[i], graph.getNodeAttribute(key, 'color'));
    });
    return communityOutlines(
      positions,
      community,
      (code) => {
        const colour = colourOf.get(code);
        return colour && colour !== OTHER_COLOUR ? colour : null;
      },
      (code) => titles.get(code) ?? String(code + 1),
    );
  }
}
