/**
 * The methods page, generated from the measure registry: what every column means, how it is
 * computed, which reference implementation it matches, and the options it runs with.
 */
import { type MouseEvent, useRef } from 'react';
import { MEASURES, type RegisteredMeasure } from '../../analysis/registry.ts';
import type { OutputSpec } from '../../analysis/types.ts';
import type { Translate } from '../../i18n/i18n.ts';
import {
  categoryLabel,
  familyName,
  measureLabel,
  methodText,
  outputLabel,
} from '../../i18n/registry-texts.ts';
import { useWording } from '../i18n.ts';
import { familiesInOrder } from './families.ts';
import { OptionsForm } from './methods/OptionsForm.tsx';
import './views.css';

export function MethodsView() {
  const pageRef = useRef<HTMLElement>(null);
  const { t } = useWording();
  // Scrolls only this page: following the anchor would also scroll the explorer's
  // overflow-hidden ancestors and shift the canvas and bars out of place.
  const jumpTo = (event: MouseEvent<HTMLAnchorElement>, headingId: string) => {
    const page = pageRef.current;
    const heading = document.getElementById(headingId);
    if (!page || !heading) return;
    event.preventDefault();
    page.scrollTop += heading.getBoundingClientRect().top - page.getBoundingClientRect().top;
    heading.focus({ preventScroll: true });
  };
  return (
    <article
      ref={pageRef}
      className="view methods-view"
      data-testid="methods-view"
      aria-labelledby="methods-title"
    >
      <h2 id="methods-title">{t('methods.title')}</h2>
      <ViewsIntro t={t} />
      <nav aria-label={t('methods.families')} className="methods-contents">
        <ul>
          {familiesInOrder(MEASURES).map((family) => (
            <li key={family}>
              <a
                href={`#methods-${family}-title`}
                onClick={(event) => jumpTo(event, `methods-${family}-title`)}
              >
                {familyName(t, family)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {familiesInOrder(MEASURES).map((family) => (
        <section key={family} aria-labelledby={`methods-${family}-title`}>
          <h3 id={`methods-${family}-title`} tabIndex={-1}>
            {familyName(t, family)}
          </h3>
          {MEASURES.filter((measure) => measure.family === family).map((measure) => (
            <MeasureMethod key={measure.id} measure={measure} t={t} />
          ))}
        </section>
      ))}
      <section aria-labelledby="methods-exports-title">
        <h3 id="methods-exports-title">{t('methods.exports.title')}</h3>
        <p data-testid="methods-exports">{t('methods.exports.text')}</p>
      </section>
    </article>
  );
}

/** The two graphs every measure runs on, in the words of the design guide (§4). */
function ViewsIntro({ t }: { t: Translate }) {
  return (
    <section aria-labelledby="methods-views-title">
      <h3 id="methods-views-title">{t('methods.views.title')}</h3>
      <p>{t('methods.views.intro')}</p>
      <dl className="methods-views">
        <dt>{t('methods.views.tie')}</dt>
        <dd>{t('methods.views.tieText')}</dd>
        <dt>{t('methods.views.flow')}</dt>
        <dd>{t('methods.views.flowText')}</dd>
      </dl>
      <p>{t('methods.views.strength')}</p>
    </section>
  );
}

function MeasureMethod({ measure, t }: { measure: RegisteredMeasure; t: Translate }) {
  return (
    <section className="method" aria-labelledby={`method-${measure.id}`}>
      <h4 id={`method-${measure.id}`}>{measureLabel(t, measure.id)}</h4>
      {measure.outputs.length > 0 ? (
        <>
          <p className="method-caption" id={`method-${measure.id}-columns`}>
            {t('methods.columns')}
          </p>
          <ul className="method-outputs" aria-labelledby={`method-${measure.id}-columns`}>
            {measure.outputs.map((output) => (
              <li key={output.id}>
                <code>{output.id}</code> {outputLabel(t, output.id)}
                <OutputNote output={output} t={t} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('methods.noColumns')}</p>
      )}
      <p className="method-text">{methodText(t, measure.id)}</p>
      <OptionsForm measure={measure} />
    </section>
  );
}

function OutputNote({ output, t }: { output: OutputSpec; t: Translate }) {
  if (output.categories) {
    const list = output.categories
      .map((_category, code) => t('methods.category', { name: categoryLabel(t, output.id, code), code }))
      .join(', ');
    return <span className="muted">{t('methods.oneOf', { list })}</span>;
  }
  if (output.integer) return <span className="muted">{t('methods.wholeNumber')}</span>;
  return null;
}
