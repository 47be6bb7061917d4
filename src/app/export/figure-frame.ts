/**
 * The frame of a figure for a report: the network's title and the lens, the legend, what is
 * shown (the filter and the time window in force), the counts, and the source line the data's
 * licence asks for. Its words and its SVG form; the PNG and PDF forms draw the same frame.
 */
import type { BackboneChoice } from '../../analysis/backbone.ts';
import type { Translate, Wording } from '../../i18n/i18n.ts';
import type { ColourLegend } from '../appearance/appearance.ts';
import { formatShort } from '../charts/format.ts';
import { describeFilters } from '../filters/describe-filters.ts';
import { currentWording } from '../i18n.ts';
import { useExplorer } from '../store.ts';
import { escapeXml } from './svg.ts';

/** Width of the legend column, in CSS pixels (scaled with the picture). */
export const LEGEND_WIDTH = 280;
export const HEADER_HEIGHT = 52;
export const LINE = 17;
/** Room for a legend entry's label: the column less its margins and the swatch. */
export const LEGEND_LABEL_WIDTH = LEGEND_WIDTH - 12 - 20 - 10;
/**
 * A label's width in SVG, which has no text measurement: 0.6 em per character, about what
 * system-ui's letters average at 12 px, so a long community name wraps instead of running out of
 * the picture.
 */
const svgTextWidth = (text: string) => text.length * 12 * 0.6;

/** Words wrapped to a width, as `measure` gives their width; a word longer than the width stands alone. */
export function wrapWords(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface FigureText {
  title: string;
  subtitle: string;
  legends: { title: string; entries: { label: string; colour: string; line: boolean }[] }[];
  sizeTitle: string;
  /** What is shown, the counts, the source and the date: the caption under the picture. */
  caption: string[];
}

function legendRows(legend: ColourLegend, line: boolean, { t, language }: Wording) {
  if (legend.type === 'ramp')
    return {
      title: legend.title,
      entries: [
        { label: t('figure.low', { value: formatShort(legend.min, 3, language) }), colour: '#440154', line },
        { label: t('figure.high', { value: formatShort(legend.max, 3, language) }), colour: '#fde725', line },
      ],
    };
  return {
    title: legend.title,
    entries: legend.entries.map((entry) => ({
      label: Number.isFinite(entry.count) ? `${entry.label} (${entry.count})` : entry.label,
      colour: entry.colour,
      line,
    })),
  };
}

/** The words of the figure, from the explorer as it stands. */
export function figureText(): FigureText {
  const state = useExplorer.getState();
  const wording = currentWording(state.language);
  const { t } = wording;
  const shown = describeFilters(state.filters, state.timeWindow, wording);
  const legends = state.legend
    ? [legendRows(state.legend.nodes, false, wording), legendRows(state.legend.edges, true, wording)]
    : [];
  const caption = [
    shown.length > 0 ? t('figure.filtered', { filters: shown.join('; ') }) : t('figure.whole'),
    t('figure.counts', {
      actors: state.display?.graph.order ?? 0,
      ties: state.legend?.ties.drawn ?? state.display?.graph.size ?? 0,
    }),
    ...backboneCaption(state.legend?.ties ?? null, t),
    ...(state.attribution ? [state.attribution] : []),
    // A written month, never "11/30/2026", which readers in Europe take for another date.
    t('figure.made', { date: new Date().toLocaleDateString(state.language, { dateStyle: 'long' }) }),
  ];
  return {
    title: state.networkName ?? '',
    subtitle: t(`lens.${state.appearance.lens}.label`),
    legends,
    sizeTitle: state.legend ? t('figure.size', { measure: state.legend.sizeTitle }) : '',
    caption,
  };
}

/** Title, legend and caption as SVG around the network's drawing (`body`, in screen coordinates). */
export function figureSvg(width: number, height: number, body: string): string {
  const text = figureText();
  const legendParts: string[] = [];
  let y = HEADER_HEIGHT + 8;
  const x = width + 12;
  for (const legend of text.legends) {
    y += LINE;
    legendParts.push(`<text x="${x}" y="${y}" font-weight="bold">${escapeXml(legend.title)}</text>`);
    for (const entry of legend.entries) {
      y += LINE;
      legendParts.push(
        entry.line
          ? `<rect x="${x}" y="${y - 6}" width="14" height="3" fill="${escapeXml(entry.colour)}"/>`
          : `<circle cx="${x + 6}" cy="${y - 4}" r="5" fill="${escapeXml(entry.colour)}"/>`,
      );
      wrapWords(entry.label, LEGEND_LABEL_WIDTH, svgTextWidth).forEach((line, i) => {
        if (i > 0) y += LINE;
        legendParts.push(`<text x="${x + 20}" y="${y}">${escapeXml(line)}</text>`);
      });
    }
    y += 8;
  }
  y += LINE;
  legendParts.push(`<text x="${x}" y="${y}" fill="#4b5563">${escapeXml(text.sizeTitle)}</text>`);
  const captionTop = height + HEADER_HEIGHT + 20;
  const total = {
    width: width + LEGEND_WIDTH,
    height: height + HEADER_HEIGHT + 16 + text.caption.length * LINE,
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total.width}" height="${total.height}" viewBox="0 0 ${total.width} ${total.height}" font-family="system-ui, sans-serif" font-size="12" fill="#111827">`,
    `<title>${escapeXml(`${text.title} — ${text.subtitle}`)}</title>`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    `<text x="16" y="26" font-size="18" font-weight="bold">${escapeXml(text.title)}</text>`,
    `<text x="16" y="44" font-size="13" fill="#4b5563">${escapeXml(text.subtitle)}</text>`,
    `<g transform="translate(0 ${HEADER_HEIGHT})">${body}</g>`,
    `<g>${legendParts.join('')}</g>`,
    `<g font-size="13" fill="#4b5563">${text.caption
      .map((line, i) => `<text x="16" y="${captionTop + i * LINE}">${escapeXml(line)}</text>`)
      .join('')}</g>`,
    '</svg>',
  ].join('\n');
}

/** The line saying which ties a backbone leaves drawn; none when every tie is drawn. */
export function backboneCaption(
  ties: { drawn: number; total: number; backbone: BackboneChoice } | null,
  t: Translate,
): string[] {
  if (!ties || ties.backbone.method === 'all') return [];
  const { backbone } = ties;
  return backbone.method === 'disparity'
    ? [t('ties.captionDisparity', { alpha: backbone.alpha, drawn: ties.drawn, total: ties.total })]
    : [t('ties.captionSimmelian', { shared: backbone.sharedPartners, drawn: ties.drawn, total: ties.total })];
}
