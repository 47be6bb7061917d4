import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import {
  figureSvg,
  figureText,
  LEGEND_LABEL_WIDTH,
  wrapWords,
} from '../../../src/app/export/figure-frame.ts';
import { NO_FILTERS } from '../../../src/app/filters/filters.ts';
import { appI18n } from '../../../src/app/i18n.ts';
import { useExplorer } from '../../../src/app/store.ts';

const initial = useExplorer.getState();

function explorerWith(partial: Partial<ReturnType<typeof useExplorer.getState>>) {
  useExplorer.setState({
    ...initial,
    networkName: 'Border <region> & co',
    attribution: 'Source: CORDIS, European Commission (CC BY 4.0).',
    legend: {
      nodes: {
        type: 'categories',
        title: 'Communities',
        entries: [
          { label: 'Maastricht health', colour: '#1f77b4', count: 40 },
          { label: 'Aachen "engineering"', colour: '#ff7f0e', count: 31 },
        ],
      },
      sizeTitle: 'Degree',
      ties: { drawn: 120, total: 300, backbone: { method: 'all', alpha: 0.05, sharedPartners: 2 } },
      edges: {
        type: 'categories',
        title: 'Ties',
        entries: [
          { label: 'local', colour: '#888888', count: Number.NaN },
          { label: 'global', colour: '#d62728', count: Number.NaN },
        ],
      },
    },
    ...partial,
  });
}

afterEach(async () => {
  useExplorer.setState(initial, true);
  await appI18n.changeLanguage('en');
});

describe('figures for reports', () => {
  it('name the network, the lens, the legend, what is shown, the counts and the source', () => {
    explorerWith({
      filters: { ...NO_FILTERS, localities: ['NL42'], minStrength: 2 },
      timeWindow: { from: 2016, to: 2019 },
    });
    const text = figureText();
    expect(text.title).toBe('Border <region> & co');
    expect(text.legends.map((legend) => legend.title)).toEqual(['Communities', 'Ties']);
    expect(text.legends[0]?.entries[0]?.label).toBe('Maastricht health (40)');
    // Counts are shown where they are known, never as NaN.
    expect(text.legends[1]?.entries[0]?.label).toBe('local');
    expect(text.caption[0]).toContain('2016');
    expect(text.caption[0]).toContain('NL42');
    expect(text.caption.join(' ')).toContain('CORDIS');
    expect(text.caption.join(' ')).not.toMatch(/NaN|undefined|\{/);
  });

  it('say which ties a backbone leaves drawn', () => {
    explorerWith({});
    const legend = useExplorer.getState().legend;
    if (!legend) throw new Error('no legend');
    const backbone = { method: 'simmelian', alpha: 0.05, sharedPartners: 3 } as const;
    useExplorer.setState({ legend: { ...legend, ties: { ...legend.ties, backbone } } });
    const caption = figureText().caption.join(' ');
    expect(caption).toContain('120 ties drawn');
    expect(caption).toContain('at least 3 partners (120 of 300)');
  });

  it('say which backbone an automatic choice drew, and nothing when it drew every tie', () => {
    explorerWith({});
    expect(figureText().caption.join(' ')).not.toContain('backbone');
    const legend = useExplorer.getState().legend;
    if (!legend) throw new Error('no legend');
    const backbone = { method: 'disparity', alpha: 0.05, sharedPartners: 2 } as const;
    useExplorer.setState({
      appearance: {
        ...initial.appearance,
        ties: { ...initial.appearance.ties, backbone: { ...backbone, method: 'auto' } },
      },
      legend: { ...legend, ties: { drawn: 9_397, total: 560_965, backbone } },
    });
    expect(figureText().caption.join(' ')).toContain('disparity backbone at α = 0.05 (9,397 of 560,965)');
  });

  it('say the whole network is shown when nothing is filtered', () => {
    explorerWith({});
    expect(figureText().caption[0]).toBe(appI18n.t('figure.whole'));
  });

  it('is well-formed SVG with every word escaped, the drawing placed under the title', () => {
    explorerWith({});
    const svg = figureSvg(400, 300, '<circle cx="1" cy="2" r="3" fill="#000"/>');
    expect(svg).toContain('Border &lt;region&gt; &amp; co');
    expect(svg).toContain('Aachen &quot;engineering&quot;');
    expect(svg).toContain('<g transform="translate(0 52)"><circle');
    expect(XMLValidator.validate(svg)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg);
    // The legend column sits beside the drawing: 400 + 280.
    expect(parsed.svg['@_width']).toBe('680');
  });

  it('wrap a long legend label inside the legend column instead of running out of the picture', () => {
    const long = '4 · RVO (Rijksdienst voor Ondernemend Nederland)';
    explorerWith({
      legend: {
        ...(initial.legend ?? {}),
        nodes: {
          type: 'categories',
          title: 'Communities',
          entries: [{ label: long, colour: '#cc79a7', count: 100 }],
        },
        sizeTitle: 'Degree',
        ties: { drawn: 1, total: 1, backbone: { method: 'all', alpha: 0.05, sharedPartners: 2 } },
        edges: { type: 'categories', title: 'Ties', entries: [] },
      } as NonNullable<ReturnType<typeof useExplorer.getState>['legend']>,
    });
    const svg = figureSvg(400, 300, '');
    const texts = [...svg.matchAll(/<text x="432" y="(\d+)">([^<]*)<\/text>/g)];
    expect(texts.length).toBeGreaterThan(1);
    // The label and its count, every word kept, in order.
    expect(texts.map((match) => match[2]).join(' ')).toBe(`${long} (100)`);
    for (const [, , line] of texts) expect(line.length * 12 * 0.6).toBeLessThanOrEqual(LEGEND_LABEL_WIDTH);
    // Each further line below the one before.
    const ys = texts.map((match) => Number(match[1]));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
  });

  it('wrap words to a width, a word wider than it on its own line', () => {
    const measure = (text: string) => text.length;
    expect(wrapWords('one two three four', 9, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapWords('Forschungszentrum Jülich', 10, measure)).toEqual(['Forschungszentrum', 'Jülich']);
    expect(wrapWords('short', 10, measure)).toEqual(['short']);
  });

  it('date the figure with a written month, in the explorer’s language', async () => {
    explorerWith({});
    const made = figureText().caption.at(-1) ?? '';
    expect(made).not.toMatch(/\d+\/\d+\/\d+/);
    const month = new Date().toLocaleDateString('en', { month: 'long' });
    expect(made).toContain(month);
  });

  it('speak Dutch when the explorer does', async () => {
    explorerWith({ language: 'nl' });
    await appI18n.changeLanguage('nl');
    expect(figureText().caption[0]).toBe(appI18n.t('figure.whole'));
    expect(figureText().caption[0]).not.toBe('The whole network is shown.');
  });
});
