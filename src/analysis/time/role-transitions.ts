/**
 * Giuliani–Bell role transitions between two snapshots: each actor's role in A and in B (the
 * registry's `giuliani_bell_role`, computed on each snapshot), the table of transitions with
 * `absent` for actors outside a snapshot, and who became a gatekeeper or an external star.
 */
import { GIULIANI_BELL_ROLES } from '../measures/giuliani-bell.ts';
import type { Column } from '../types.ts';

export const ROLE_STATES = ['absent', ...GIULIANI_BELL_ROLES] as const;
export type RoleState = (typeof ROLE_STATES)[number];

const GATEKEEPER = GIULIANI_BELL_ROLES.indexOf('gatekeeper');
const EXTERNAL_STAR = GIULIANI_BELL_ROLES.indexOf('external star');

export interface RoleTransitions {
  /** Role code per actor of the whole network (GIULIANI_BELL_ROLES); NaN where absent. */
  readonly from: Column;
  readonly to: Column;
  /** counts[from state][to state], states in ROLE_STATES order. */
  readonly counts: readonly (readonly number[])[];
  /** Actors that changed role (absent ↔ present included), in node order. */
  readonly changed: readonly number[];
  readonly becameGatekeeper: readonly number[];
  readonly becameExternalStar: readonly number[];
}

/** `from` and `to` are role columns aligned with the whole network's node index. */
export function roleTransitions(from: Column, to: Column): RoleTransitions {
  const states = ROLE_STATES.length;
  const counts = Array.from({ length: states }, () => new Array<number>(states).fill(0));
  const changed: number[] = [];
  const becameGatekeeper: number[] = [];
  const becameExternalStar: number[] = [];
  const state = (code: number) => (Number.isNaN(code) ? 0 : code + 1);
  for (let v = 0; v < from.length; v++) {
    const a = state(from[v]);
    const b = state(to[v]);
    if (a === 0 && b === 0) continue;
    counts[a][b]++;
    if (a === b) continue;
    changed.push(v);
    if (to[v] === GATEKEEPER) becameGatekeeper.push(v);
    if (to[v] === EXTERNAL_STAR) becameExternalStar.push(v);
  }
  return { from, to, counts, changed, becameGatekeeper, becameExternalStar };
}
