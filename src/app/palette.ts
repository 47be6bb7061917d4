/**
 * Colours of actor and relation kinds. Actor kinds use the Okabe–Ito palette, which stays
 * distinguishable for the common forms of colour blindness; relation colours are muted so
 * that nodes stay in front.
 */
import type { ActorKind, RelationKind } from '../model/kinds.ts';

export const ACTOR_KIND_COLOURS: Record<ActorKind, string> = {
  firm: '#0072B2',
  knowledge: '#E69F00',
  government: '#009E73',
  intermediary: '#CC79A7',
  other: '#8c8c8c',
};

export const RELATION_KIND_COLOURS: Record<RelationKind, string> = {
  supply: '#7fa7c9',
  knowledge: '#e3b866',
  cooperation: '#9bc7a0',
  government: '#74b8a3',
  intermediary: '#d7a6c3',
  competitor: '#e08a7a',
  ownership: '#a08cc6',
  other: '#c4c4c4',
};

/** Nodes that are neither hovered nor neighbours of the hovered node fade to this. */
export const FADED_NODE_COLOUR = '#e4e6ea';
export const FADED_EDGE_COLOUR = '#f0f1f3';
export const SELECTED_OUTLINE = '#111827';
