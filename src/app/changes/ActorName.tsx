/** An actor's name in a Changes list: a click selects it and shows it on the map, when it is drawn. */
import { focusActor } from '../canvas/renderer.ts';
import { DATA } from '../i18n.ts';
import { useExplorer } from '../store.ts';

export function ActorName({ actorKey, label }: { actorKey: string; label: string }) {
  return (
    <button
      type="button"
      className="link-button"
      {...DATA}
      onClick={() => {
        useExplorer.getState().select(actorKey);
        if (useExplorer.getState().display?.graph.hasNode(actorKey)) focusActor(actorKey);
      }}
    >
      {label}
    </button>
  );
}
