/**
 * The five network mechanisms of the research on SME networks, as transparent indicators:
 * each names the numbers it rests on, so a reader can check and disagree. They describe an
 * actor's position; they are not scores of its performance.
 */
import type { Language, Wording } from '../../i18n/i18n.ts';
import { decimalMark } from '../charts/format.ts';

export interface MechanismFact {
  label: string;
  value: string;
}

export interface Mechanism {
  id: string;
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

const show = (value: number, language: Language, digits = 2) =>
  Number.isNaN(value)
    ? '–'
    : Number.isInteger(value)
      ? String(value)
      : decimalMark(value.toFixed(digits), language);
const percent = (value: number) => (Number.isNaN(value) ? '–' : `${Math.round(value * 100)}%`);

/** The mechanisms' catalog names (profile.mechanism.<name>), in the order the profile shows them. */
export const MECHANISMS = ['embedding', 'access', 'transfer', 'diversifying', 'socialising'] as const;

export function mechanisms(numbers: ProfileNumbers, { t, language }: Wording): Mechanism[] {
  const { value } = numbers;
  const distance = value('frontier_distance');
  const words = (mechanism: (typeof MECHANISMS)[number], fact: string) =>
    t(`profile.mechanism.${mechanism}.${fact}`);
  const mechanism = (id: (typeof MECHANISMS)[number], facts: MechanismFact[]): Mechanism => ({
    id,
    name: words(id, 'name'),
    question: words(id, 'question'),
    facts,
  });
  return [
    mechanism('embedding', [
      { label: t('profile.mechanism.embedding.clustering'), value: show(value('clustering'), language) },
      { label: t('profile.mechanism.embedding.egoDensity'), value: show(value('ego_density'), language) },
      { label: t('profile.mechanism.embedding.core'), value: show(value('core'), language) },
    ]),
    mechanism('access', [
      { label: t('profile.mechanism.access.closeness'), value: show(value('closeness'), language, 3) },
      {
        label: t('profile.mechanism.access.frontierSteps'),
        value: Number.isNaN(distance)
          ? t('profile.mechanism.access.noneReachable')
          : show(distance, language),
      },
      {
        label: t('profile.mechanism.access.frontierPartner'),
        value: value('frontier_partner') === 1 ? t('common.yes') : t('common.no'),
      },
    ]),
    mechanism('transfer', [
      { label: t('profile.mechanism.transfer.strongTies'), value: percent(value('strong_tie_share')) },
      { label: t('profile.mechanism.transfer.strength'), value: show(value('weighted_degree'), language) },
      {
        label: t('profile.mechanism.transfer.knowledge'),
        value: String(numbers.partnersOfKind('knowledge')),
      },
    ]),
    mechanism('diversifying', [
      {
        label: t('profile.mechanism.diversifying.diversity'),
        value: show(value('partner_diversity'), language),
      },
      {
        label: t('profile.mechanism.diversifying.external'),
        value: t('profile.mechanism.diversifying.externalOf', {
          external: numbers.externalPartners,
          total: numbers.externalPartners + numbers.localPartners,
        }),
      },
      { label: t('profile.mechanism.diversifying.ei'), value: show(value('ei_index'), language) },
    ]),
    mechanism('socialising', [
      {
        label: t('profile.mechanism.socialising.intermediaries'),
        value: String(numbers.partnersOfKind('intermediary')),
      },
      {
        label: t('profile.mechanism.socialising.government'),
        value: String(numbers.partnersOfKind('government')),
      },
      {
        label: t('profile.mechanism.socialising.brokerage'),
        value: show(value('brokerage_total'), language),
      },
    ]),
  ];
}
