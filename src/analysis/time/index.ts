/** Time in analysis: comparing two windows of a network, and what the comparison says. */
export * from './changes-table.ts';
export * from './community-stability.ts';
export * from './compare.ts';
export * from './detachment.ts';
export * from './half-life.ts';
export * from './messages.ts';
export * from './rank-changes.ts';
export * from './role-transitions.ts';
export * from './summary.ts';
export * from './tie-changes.ts';
export * from './tie-pairs.ts';
