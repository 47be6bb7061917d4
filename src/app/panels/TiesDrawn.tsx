/**
 * Which ties the canvas draws: automatically (every tie, or a backbone on a dense network), all of
 * them or a backbone (analysis/backbone.ts), and whether stronger ties are drawn darker. The
 * measures never change with it; it only declutters.
 */
import { useId } from 'react';
import {
  DRAW_EVERY_TIE_UP_TO,
  TIE_CHOICES,
  type TieChoice,
  type TieDrawingChoice,
} from '../appearance/tie-drawing.ts';
import { formatFull } from '../charts/format.ts';
import { useWording } from '../i18n.ts';
import { useExplorer } from '../store.ts';

const ALPHAS = [0.001, 0.01, 0.05, 0.1, 0.2, 0.3];
const SHARED = [1, 2, 3, 4, 5, 8];

export function TiesDrawn() {
  const { t, language } = useWording();
  const id = useId();
  const ties = useExplorer((state) => state.appearance.ties);
  const counts = useExplorer((state) => state.legend?.ties ?? null);
  const strengthsDiffer = useExplorer((state) => {
    const range = state.display?.strengthRange;
    return range ? range.max > range.min : true;
  });
  const setAppearance = useExplorer((state) => state.setAppearance);
  const choose = (backbone: Partial<TieDrawingChoice>) =>
    setAppearance({ ties: { ...ties, backbone: { ...ties.backbone, ...backbone } } });
  const { method } = ties.backbone;
  // What "automatic" chose on this network.
  const drawn = counts?.backbone.method;

  return (
    <fieldset className="ties-drawn" data-testid="ties-drawn">
      <legend>{t('ties.title')}</legend>
      <div className="inline">
        <select
          aria-label={t('ties.title')}
          value={method}
          onChange={(event) => choose({ method: event.target.value as TieChoice })}
        >
          {TIE_CHOICES.map((option) => (
            <option key={option} value={option} disabled={option === 'disparity' && !strengthsDiffer}>
              {t(`ties.${option}`)}
            </option>
          ))}
        </select>
        {method === 'disparity' && (
          <label htmlFor={`${id}-alpha`}>
            {t('ties.alpha')}{' '}
            <select
              id={`${id}-alpha`}
              value={ties.backbone.alpha}
              onChange={(event) => choose({ alpha: Number(event.target.value) })}
            >
              {ALPHAS.map((alpha) => (
                <option key={alpha} value={alpha}>
                  {formatFull(alpha, language)}
                </option>
              ))}
            </select>
          </label>
        )}
        {method === 'simmelian' && (
          <label htmlFor={`${id}-shared`}>
            {t('ties.shared')}{' '}
            <select
              id={`${id}-shared`}
              value={ties.backbone.sharedPartners}
              onChange={(event) => choose({ sharedPartners: Number(event.target.value) })}
            >
              {SHARED.map((shared) => (
                <option key={shared} value={shared}>
                  {shared}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {method === 'auto' && counts && drawn !== undefined && drawn !== 'all' && (
        <p className="small" data-testid="ties-drawn-auto">
          {drawn === 'disparity'
            ? t('ties.autoDisparity', {
                total: counts.total,
                most: DRAW_EVERY_TIE_UP_TO,
                alpha: ties.backbone.alpha,
              })
            : t('ties.autoSimmelian', {
                total: counts.total,
                most: DRAW_EVERY_TIE_UP_TO,
                shared: ties.backbone.sharedPartners,
              })}
        </p>
      )}
      {(method === 'disparity' || method === 'simmelian') && (
        <p className="muted small">
          {method === 'disparity' ? t('ties.explainDisparity') : t('ties.explainSimmelian')}
        </p>
      )}
      {method === 'disparity' && !strengthsDiffer && <p className="warning small">{t('ties.unweighted')}</p>}
      {counts && (
        <p className="muted small" data-testid="ties-drawn-count">
          {t('ties.count', counts)}
        </p>
      )}
      <label className="inline">
        <input
          type="checkbox"
          checked={ties.opacityByStrength}
          disabled={!strengthsDiffer}
          onChange={(event) => setAppearance({ ties: { ...ties, opacityByStrength: event.target.checked } })}
        />
        {t('ties.opacity')}
      </label>
    </fieldset>
  );
}
