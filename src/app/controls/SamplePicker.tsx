/** Choose one of the bundled sample networks; each says what it is for. */
import { loadSample } from '../load.ts';
import { SAMPLES } from '../samples.ts';
import { useExplorer } from '../store.ts';

export function SamplePicker() {
  const sampleId = useExplorer((state) => state.sampleId);
  const busy = useExplorer((state) => state.phase === 'importing' || state.phase === 'analysing');
  const current = SAMPLES.find((sample) => sample.id === sampleId);
  return (
    <label className="sample-picker" title={current?.description}>
      <span className="visually-hidden">Sample network</span>
      <select
        aria-label="Sample network"
        value={sampleId ?? ''}
        disabled={busy}
        onChange={(event) => {
          const sample = SAMPLES.find((candidate) => candidate.id === event.target.value);
          if (sample) void loadSample(sample);
        }}
      >
        {sampleId === null && <option value="">Samples…</option>}
        {SAMPLES.map((sample) => (
          <option key={sample.id} value={sample.id}>
            {sample.name}
          </option>
        ))}
      </select>
    </label>
  );
}
