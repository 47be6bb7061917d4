/**
 * What the user chose in the rankings (sort, search, columns). Kept in its own small store
 * rather than component state, so switching side-panel tabs does not reset the table.
 */
import { create } from 'zustand';
import { DEFAULT_COLUMN_IDS } from './columns.ts';
import type { SortState } from './sort.ts';

export interface RankingsSettings {
  sort: SortState | null;
  query: string;
  chosenColumns: ReadonlySet<string>;
  setSort(sort: SortState | null): void;
  setQuery(query: string): void;
  toggleColumn(id: string, shown: boolean): void;
  resetColumns(): void;
}

export const useRankingsSettings = create<RankingsSettings>()((set) => ({
  // Most partners first: the first question a cluster manager asks.
  sort: { columnId: 'degree', direction: 'descending' },
  query: '',
  chosenColumns: new Set(DEFAULT_COLUMN_IDS),
  setSort: (sort) => set({ sort }),
  setQuery: (query) => set({ query }),
  toggleColumn: (id, shown) =>
    set((state) => {
      const chosen = new Set(state.chosenColumns);
      if (shown) chosen.add(id);
      else chosen.delete(id);
      return { chosenColumns: chosen };
    }),
  resetColumns: () => set({ chosenColumns: new Set(DEFAULT_COLUMN_IDS) }),
}));
