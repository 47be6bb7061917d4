/**
 * Arrow keys across a row of tabs or a radio group, as the ARIA authoring practices describe:
 * Left/Right (and Up/Down) move to the previous/next enabled item and choose it, Home/End to the
 * first/last; only the chosen item is in the Tab order (roving tabindex).
 */
import type { KeyboardEvent } from 'react';

export function moveWithArrows<T extends string>(
  event: KeyboardEvent<HTMLElement>,
  items: readonly T[],
  current: T,
  enabled: (item: T) => boolean,
  choose: (item: T) => void,
): void {
  const usable = items.filter(enabled);
  const at = usable.indexOf(current);
  let next: T | undefined;
  if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = usable[(at + 1) % usable.length];
  else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp')
    next = usable[(at - 1 + usable.length) % usable.length];
  else if (event.key === 'Home') next = usable[0];
  else if (event.key === 'End') next = usable[usable.length - 1];
  if (next === undefined) return;
  event.preventDefault();
  choose(next);
  const container = event.currentTarget;
  requestAnimationFrame(() => {
    container.querySelector<HTMLElement>(`[data-item="${next}"]`)?.focus();
  });
}
