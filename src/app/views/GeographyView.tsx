/**
 * Geography as analysis: how the map draws the network, how far ties reach (tie lengths and the
 * distance-decay curve), who is tied to whom between regions or countries, and where the actors'
 * places came from. Every figure is read from the analysis (the geography measures of the
 * registry) or the map positions of the display stage.
 */
import { useWording } from '../i18n.ts';
import { useExplorer } from '../store.ts';
import { DistanceSection } from './geography/DistanceSection.tsx';
import { MapSettingsSection } from './geography/MapSettingsSection.tsx';
import { PlaceMatrixSection } from './geography/PlaceMatrixSection.tsx';
import { PlacesSection } from './geography/PlacesSection.tsx';
import './geography/geography.css';

export function GeographyView() {
  const { t } = useWording();
  const ecosystem = useExplorer((state) => state.ecosystem);
  if (!ecosystem)
    return (
      <div className="view-scroll geography-view" data-testid="geography-view">
        <p className="muted">{t('geography.empty')}</p>
      </div>
    );
  return (
    <div className="view-scroll geography-view" data-testid="geography-view">
      <MapSettingsSection />
      <DistanceSection />
      <PlaceMatrixSection />
      <PlacesSection />
    </div>
  );
}
