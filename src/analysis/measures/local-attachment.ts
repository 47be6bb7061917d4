/**
 * Local attachment: how much of an actor's knowledge comes from inside its locality group — its
 * knowledge ties that are local over all its knowledge ties that can be classified (design guide
 * §4). A firm whose knowledge partners are all abroad has attachment 0 however embedded it is
 * otherwise; empty for an actor without knowledge ties.
 */
import { relationKindBit } from '../input.ts';
import { LOCAL, localityOf, UNCLASSIFIED } from '../locality.ts';
import { defineMeasure } from '../types.ts';
import { LOCALITY_OPTIONS } from './locality.ts';

/** Which ties count as knowledge ties. */
export const KNOWLEDGE_TIES = ['relation or partner', 'relation', 'partner'] as const;

export const localAttachment = defineMeasure({
  id: 'local-attachment',
  label: 'Local attachment of knowledge ties',
  family: 'locality',
  method:
    'A knowledge tie is a tie of the tie view that, with knowledgeTies = "relation", includes a relation of kind ' +
    'knowledge (R&D, technical advice); with "partner", joins the actor to a knowledge institution (actor kind ' +
    'knowledge); with "relation or partner" (default, so that co-participation data without relation kinds, such as ' +
    'CORDIS projects, still has knowledge ties) either. It is local when both actors share the locality field (default ' +
    'region) or, with localKm > 0, lie within localKm km (haversine), as for the E-I index; a tie whose other end has ' +
    'no value or coordinates is unclassified. local_attachment = local knowledge ties / classified knowledge ties, ' +
    'empty when the actor has none; knowledge_ties counts all its knowledge ties, unclassified ones included. Graph ' +
    'figures: the mean attachment over the actors that have one, and their number. Reference: plain Python ' +
    '(scripts/reference/geography.py).',
  outputs: [
    { id: 'local_attachment', label: 'Local attachment (knowledge ties)' },
    { id: 'knowledge_ties', label: 'Knowledge ties', integer: true },
  ],
  options: {
    ...LOCALITY_OPTIONS,
    knowledgeTies: {
      type: 'choice',
      label: 'Knowledge ties are',
      default: 'relation or partner',
      choices: KNOWLEDGE_TIES,
    },
  },
  compute(input, options) {
    const { tie, actors, tieKinds } = input;
    const n = tie.nodeCount;
    const { tieClass } = localityOf(input, options);
    const byRelation = options.knowledgeTies !== 'partner';
    const byPartner = options.knowledgeTies !== 'relation';
    const knowledgeBit = relationKindBit('knowledge');
    const attachment = new Float64Array(n).fill(Number.NaN);
    const knowledgeTies = new Float64Array(n);
    let sum = 0;
    let defined = 0;
    for (let v = 0; v < n; v++) {
      let local = 0;
      let classified = 0;
      for (let k = tie.offsets[v]; k < tie.offsets[v + 1]; k++) {
        const partner = tie.neighbours[k];
        const isKnowledge =
          (byRelation && (tieKinds[k] & knowledgeBit) !== 0) ||
          (byPartner && actors.kind[partner] === 'knowledge');
        if (!isKnowledge) continue;
        knowledgeTies[v]++;
        if (tieClass[k] === UNCLASSIFIED) continue;
        classified++;
        if (tieClass[k] === LOCAL) local++;
      }
      if (classified === 0) continue;
      attachment[v] = local / classified;
      sum += attachment[v];
      defined++;
    }
    return {
      columns: { local_attachment: attachment, knowledge_ties: knowledgeTies },
      graph: {
        local_attachment_mean: defined > 0 ? sum / defined : null,
        actors_with_local_attachment: defined,
      },
    };
  },
});
