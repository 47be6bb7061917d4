/**
 * The methods page, generated from the measure registry: what every column means, how it is
 * computed, which reference implementation it matches, and the options it runs with.
 */
import { type MouseEvent, useRef } from 'react';
import { MEASURES, type RegisteredMeasure } from '../../analysis/registry.ts';
import type { OutputSpec } from '../../analysis/types.ts';
import { FAMILY_LABELS, familiesInOrder } from './families.ts';
import { OptionsForm } from './methods/OptionsForm.tsx';
import './views.css';

export function MethodsView() {
  const pageRef = useRef<HTMLElement>(null);
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
      <h2 id="methods-title">Methods</h2>
      <ViewsIntro />
      <nav aria-label="Measure families" className="methods-contents">
        <ul>
          {familiesInOrder(MEASURES).map((family) => (
            <li key={family}>
              <a
                href={`#methods-${family}-title`}
                onClick={(event) => jumpTo(event, `methods-${family}-title`)}
              >
                {FAMILY_LABELS[family]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {familiesInOrder(MEASURES).map((family) => (
        <section key={family} aria-labelledby={`methods-${family}-title`}>
          <h3 id={`methods-${family}-title`} tabIndex={-1}>
            {FAMILY_LABELS[family]}
          </h3>
          {MEASURES.filter((measure) => measure.family === family).map((measure) => (
            <MeasureMethod key={measure.id} measure={measure} />
          ))}
        </section>
      ))}
    </article>
  );
}

/** The two graphs every measure runs on, in the words of the design guide (§4). */
function ViewsIntro() {
  return (
    <section aria-labelledby="methods-views-title">
      <h3 id="methods-views-title">Two views of the network</h3>
      <p>
        Measures do not run on the raw list of relations, where two firms may be joined several times (a
        supply relation and a knowledge relation, say). Each measure runs on one of two simplified graphs.
      </p>
      <dl className="methods-views">
        <dt>Tie view</dt>
        <dd>
          Two actors are tied when any relation joins them, whatever its kind or direction; each pair counts
          once and direction is ignored. The tie's strength is the sum of the strengths of the relations
          behind it (a relation without a strength counts 1). Centrality, clustering, structural holes,
          communities, the E-I index and link suggestions use the tie view.
        </dd>
        <dt>Flow view</dt>
        <dd>
          A directed graph: directed relations (supply, ownership, …) keep their direction, and undirected
          ones give a tie both ways. Gould–Fernandez brokerage and other directed measures use the flow view.
        </dd>
      </dl>
      <p>
        Unless an option says otherwise, measures ignore tie strength. An empty cell means the measure is
        undefined for that actor (for example, constraint for an actor without partners).
      </p>
    </section>
  );
}

function MeasureMethod({ measure }: { measure: RegisteredMeasure }) {
  return (
    <section className="method" aria-labelledby={`method-${measure.id}`}>
      <h4 id={`method-${measure.id}`}>{measure.label}</h4>
      {measure.outputs.length > 0 ? (
        <>
          <p className="method-caption" id={`method-${measure.id}-columns`}>
            Columns
          </p>
          <ul className="method-outputs" aria-labelledby={`method-${measure.id}-columns`}>
            {measure.outputs.map((output) => (
              <li key={output.id}>
                <code>{output.id}</code> {output.label}
                <OutputNote output={output} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">Network-level figures only (the summary); no actor columns.</p>
      )}
      <p className="method-text">{measure.method}</p>
      <OptionsForm measure={measure} />
    </section>
  );
}

function OutputNote({ output }: { output: OutputSpec }) {
  if (output.categories)
    return (
      <span className="muted">
        {' '}
        — one of {output.categories.map((category, code) => `${category} (${code})`).join(', ')}
      </span>
    );
  if (output.integer) return <span className="muted"> — a whole number</span>;
  return null;
}
