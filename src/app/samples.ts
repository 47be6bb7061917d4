/**
 * Sample networks bundled with the explorer. Files are emitted as assets and fetched on
 * demand, so a sample costs nothing until someone opens it.
 */
import borderActors from '../../sample-networks/border-ecosystem/actors.csv?url';
import borderRelations from '../../sample-networks/border-ecosystem/relations.csv?url';

export interface SampleNetwork {
  id: string;
  name: string;
  description: string;
  files: { actors: string; relations: string };
}

export const SAMPLES: readonly SampleNetwork[] = [
  {
    id: 'border-ecosystem',
    name: 'Cross-border SME ecosystem (synthetic)',
    description:
      'About 300 surveyed firms in the Dutch–Belgian–German border region and the suppliers, clients, ' +
      'knowledge institutions, governments and intermediaries they named.',
    files: { actors: borderActors, relations: borderRelations },
  },
];

export const DEFAULT_SAMPLE = SAMPLES[0];
