/** Export menu entries for Pajek, UCINET DL and GML (see exchange.ts). */
import { useWording } from '../i18n.ts';
import { exportDl, exportGml, exportPajek } from './exchange.ts';

export function ExchangeExports({ ready }: { ready: boolean }) {
  const { t } = useWording();
  return (
    <>
      <button type="button" onClick={exportPajek} disabled={!ready}>
        {t('export.pajek')}
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
