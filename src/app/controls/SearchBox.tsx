/**
 * Search by name: type to see matching actors, arrow keys to move, Enter to open.
 * Follows the ARIA combobox pattern so screen readers announce the options.
 */
import { useId, useMemo, useState } from 'react';
import { focusActor } from '../canvas/renderer.ts';
import { DATA, useWording } from '../i18n.ts';
import { searchKey } from '../partners.ts';
import { useExplorer } from '../store.ts';
import { actorKindLabel } from '../words.ts';

const MAX_RESULTS = 12;

export function SearchBox() {
  const ecosystem = useExplorer((state) => state.ecosystem);
  const select = useExplorer((state) => state.select);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { t } = useWording();

  const entries = useMemo(
    () =>
      ecosystem?.mapNodes((id, actor) => ({
        id,
        label: actor.label,
        kind: actor.kind,
        // Folded once per network, not on every keystroke (16,062 labels on Horizon 2020).
        labelKey: searchKey(actor.label),
        key: searchKey(`${actor.label} ${id}`),
      })) ?? [],
    [ecosystem],
  );
  const matches = useMemo(() => {
    const needle = searchKey(query.trim());
    if (needle === '') return [];
    const starts = entries.filter((entry) => entry.labelKey.startsWith(needle));
    const contains = entries.filter(
      (entry) => !entry.labelKey.startsWith(needle) && entry.key.includes(needle),
    );
    return [...starts, ...contains].slice(0, MAX_RESULTS);
  }, [entries, query]);

  const choose = (id: string) => {
    select(id);
    focusActor(id);
    setOpen(false);
    setQuery(ecosystem?.getNodeAttribute(id, 'label') ?? '');
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label={t('explorer.search.label')}
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        aria-autocomplete="list"
        placeholder={t('explorer.search.placeholder')}
        value={query}
        disabled={!ecosystem}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, matches.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === 'Enter' && matches[active]) {
            event.preventDefault();
            choose(matches[active].id);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && matches.length > 0 && (
        <div id={listId} role="listbox" className="search-results" aria-label={t('explorer.search.results')}>
          {matches.map((match, i) => (
            <div
              key={match.id}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(match.id);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span {...DATA}>{match.label}</span>
              <span className="muted">{actorKindLabel(t, match.kind)}</span>
            </div>
          ))}
        </div>
      )}
      {open && query.trim() !== '' && matches.length === 0 && (
        <p className="search-empty">{t('explorer.search.none', { query })}</p>
      )}
    </div>
  );
}
