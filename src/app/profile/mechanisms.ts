/**
 * The five network mechanisms of the research on SME networks, as transparent indicators:
 * each names the numbers it rests on, so a reader can check and disagree. They describe an
 * actor's position; they are not scores of its performance.
 */

export interface MechanismFact {
  label: string;
  value: string;
}

export interface Mechanism {
  name: string;
  question: string;
  facts: MechanismFact[];
}

export interface ProfileNumbers {
  value(id: string): number;
  partnersOfKind(kind: string): number;
  localPartners: number;
  externalPartners: number;
}

const show = (value: number, digits = 2) =>
  Number.isNaN(value) ? '–' : Number.isInteger(value) ? String(value) : value.toFixed(digits);
const percent = (value: number) => (Number.isNaN(value) ? '–' : `${Math.round(value * 100)}%`);

export function mechanisms(numbers: ProfileNumbers): Mechanism[] {
  const { value } = numbers;
  const distance = value('frontier_distance');
  return [
    {
      name: 'Embedding',
      question: 'How closely knit is the circle of partners?',
      facts: [
        { label: 'partners who work together (clustering)', value: show(value('clustering')) },
        { label: 'density of the ego network', value: show(value('ego_density')) },
        { label: 'core number', value: show(value('core')) },
      ],
    },
    {
      name: 'Access',
      question: 'How quickly does it reach the rest of the network and its frontier?',
      facts: [
        { label: 'closeness', value: show(value('closeness'), 3) },
        {
          label: 'steps to the nearest frontier actor',
          value: Number.isNaN(distance) ? 'none reachable' : show(distance),
        },
        { label: 'frontier actor among its partners', value: value('frontier_partner') === 1 ? 'yes' : 'no' },
      ],
    },
    {
      name: 'Transfer',
      question: 'How much can flow through strong, frequent ties?',
      facts: [
        { label: 'share of strong ties (weekly or more)', value: percent(value('strong_tie_share')) },
        { label: 'summed tie strength', value: show(value('weighted_degree')) },
        {
          label: 'knowledge institutions among partners',
          value: String(numbers.partnersOfKind('knowledge')),
        },
      ],
    },
    {
      name: 'Diversifying',
      question: 'How varied are its partners, in kind and in place?',
      facts: [
        { label: 'partner-kind diversity (Blau, 0–1)', value: show(value('partner_diversity')) },
        {
          label: 'external partners',
          value: `${numbers.externalPartners} of ${numbers.externalPartners + numbers.localPartners}`,
        },
        { label: 'E-I index (−1 all local, +1 all external)', value: show(value('ei_index')) },
      ],
    },
    {
      name: 'Socialising',
      question:
        'Is it linked to the intermediaries and public bodies that build trust and bring people together?',
      facts: [
        { label: 'intermediaries among partners', value: String(numbers.partnersOfKind('intermediary')) },
        { label: 'government bodies among partners', value: String(numbers.partnersOfKind('government')) },
        { label: 'brokerage (Gould–Fernandez, all roles)', value: show(value('brokerage_total')) },
      ],
    },
  ];
}
