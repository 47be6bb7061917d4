import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PARTNERS_AT_FIRST, PartnerGroups } from '../../../src/app/panels/PartnerGroups.tsx';
import type { PartnerGroup } from '../../../src/app/partners.ts';
import { wordingFor } from '../../../src/i18n/i18n.ts';

/** A hub's partners, strongest first, as partnersByRelationKind gives them. */
function hub(count: number): PartnerGroup[] {
  const partners = Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    label: `Partner ${i}`,
    role: 'partner',
    strength: count - i,
  }));
  return [{ kind: 'cooperation', partners }];
}

function render(groups: PartnerGroup[], language: 'en' | 'nl', locality = new Map<string, boolean | null>()) {
  const { t } = wordingFor(language);
  return renderToStaticMarkup(createElement(PartnerGroups, { groups, locality, onOpen: () => {}, t }));
}

const items = (markup: string) => markup.match(/<li>/g)?.length ?? 0;

describe("the selected actor's partners", () => {
  it('lists a large hub’s strongest partners first and offers the rest, in English and Dutch', () => {
    const groups = hub(2242);
    const english = render(groups, 'en');
    expect(items(english)).toBe(PARTNERS_AT_FIRST);
    expect(english).toContain('Partner 0<');
    expect(english).toContain(`Partner ${PARTNERS_AT_FIRST - 1}<`);
    expect(english).not.toContain(`Partner ${PARTNERS_AT_FIRST}<`);
    expect(english).toContain('(2242)');
    expect(english).toContain('Show 100 more partners (50 of 2,242 shown)');
    expect(render(groups, 'nl')).toContain('Toon nog 100 partners (50 van 2.242 getoond)');
  });

  it('lists every partner of a small group, with no button, and says which ties are local or external', () => {
    const groups = hub(3);
    const markup = render(
      groups,
      'en',
      new Map([
        ['p0', true],
        ['p1', false],
        ['p2', null],
      ]),
    );
    expect(items(markup)).toBe(3);
    expect(markup).not.toContain('Show');
    expect(markup).toContain('strength 3 · local');
    expect(markup).toContain('strength 2 · external');
    expect(markup).toMatch(/strength 1<\/span>/);
  });

  it('offers only what is left when fewer than a hundred remain', () => {
    expect(render(hub(PARTNERS_AT_FIRST + 1), 'en')).toContain('Show 1 more partner (50 of 51 shown)');
  });

  it('says so when there are no relations', () => {
    expect(render([], 'en')).toContain('No relations.');
  });
});
