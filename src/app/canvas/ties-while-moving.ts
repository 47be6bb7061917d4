/**
 * On large networks the ties are left out while the camera moves (sigma's `hideEdgesOnMove`),
 * without the full refresh sigma 3.0.3 does at the end of every pan to draw them again.
 *
 * Sigma's mouse captor calls `refresh()` after a pan when that setting is on (sigma.js #1290): it
 * indexes and processes every actor and tie again, although nothing but the camera changed. On
 * the Dutch Horizon 2020 network (16,062 actors, 65,000 ties) that is a main-thread task of about
 * half a second each time a pan ends. Drawing the ties again needs only a render, so the captor is
 * told the setting is off (it is the only reader of `getSetting('hideEdgesOnMove')`; the render
 * reads the setting itself and still hides them) and a render is asked for once the pan is over.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';

export function hideTiesWhileMoving<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
): () => void {
  renderer.setSetting('hideEdgesOnMove', true);
  const ownGetSetting = renderer.getSetting.bind(renderer);
  const asked = renderer as unknown as { getSetting(key: string): unknown };
  asked.getSetting = (key) => (key === 'hideEdgesOnMove' ? false : ownGetSetting(key as never));
  const captor = renderer.getMouseCaptor();
  // After the captor's own end-of-pan step (it clears its count of drag events in a timeout too).
  const drawTies = () => setTimeout(() => renderer.scheduleRender(), 0);
  captor.on('mouseup', drawTies);
  return () => captor.off('mouseup', drawTies);
}
