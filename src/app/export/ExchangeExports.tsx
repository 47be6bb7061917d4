/** Export menu entries for Pajek, UCINET DL and GML (see exchange.ts). */
import { exportDl, exportGml, exportPajek } from './exchange.ts';

export function ExchangeExports({ ready }: { ready: boolean }) {
  return (
    <>
      <button type="button" onClick={exportPajek} disabled={!ready}>
        Pajek (.net with partitions and vectors)
      </button>
      <button type="button" onClick={exportDl} disabled={!ready}>
        UCINET DL
      </button>
      <button type="button" onClick={exportGml} disabled={!ready}>
        GML
      </button>
    </>
  );
}
