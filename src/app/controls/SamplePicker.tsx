/** Choose one of the bundled sample networks; each says what it is for. */
import { useWording } from '../i18n.ts';
import { loadSample } from '../load.ts';
import { SAMPLES } from '../samples.ts';
import { useExplorer } from '../store.ts';

export function SamplePicker() {
  const sampleId = useExplorer((state) => state.sampleId);
  const busy = useExplorer((state) => state.phase === 'importing' || state.phase === 'analysing');
  const current = SAMPLES.find((sample) => sample.id === sampleId);
  const { t } = useWording();
  return (
    <label className="sample-picker" title={current ? t(`samples.${current.id}.description`) : undefined}>
      <span className="visually-hidden">{t('explorer.samples.label')}</span>
      <select
        aria-label={t('explorer.samples.label')}
        value={sampleId ?? ''}
        disabled={busy}
        onChange={(event) => {
          const sample = SAMPLES.find((candidate) => candidate.id === event.target.value);
          if (sample) void loadSample(sample);
        }}
      >
        {sampleId === null && <option value="">{t('explorer.samples.choose')}</option>}
        {SAMPLES.map((sample) => (
          <option key={sample.id} value={sample.id}>
            {t(`samples.${sample.id}.name`)}
          </option>
        ))}
      </select>
    </label>
  );
}
