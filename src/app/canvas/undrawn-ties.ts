/**
 * Hidden ties kept out of sigma's WebGL buffers: the ties outside the backbone drawn, or merged
 * into a flow between places on the map, go to an edge program that holds and draws nothing.
 *
 * Why: sigma 3.0 writes a hidden tie into its program's buffer as zeros, and every frame still
 * hands all of them to the GPU. On the whole Horizon 2020 network the automatic backbone draws
 * 9,397 of 560,965 ties, yet its first frames stayed main-thread tasks of 7–13 s in the browser
 * tests' software WebGL, the main thread waiting in `bufferData` while the GPU process worked
 * through the other 551,568 (empty) ties of the previous frame. Sigma's own extension point (a
 * program per tie type, chosen in its tie reducer) leaves them out instead; the display graph
 * keeps every tie, for the highlight, the layout and the exports.
 */
import type { Attributes } from 'graphology-types';
import type { EdgeLabelDrawingFunction } from 'sigma/rendering';
import { AbstractEdgeProgram } from 'sigma/rendering';

/** The type sigma is told a hidden tie has. */
export const UNDRAWN_TIE_TYPE = 'undrawn';

/** Holds, processes and draws nothing. */
class UndrawnTieProgram<
  N extends Attributes,
  E extends Attributes,
  G extends Attributes,
> extends AbstractEdgeProgram<N, E, G> {
  drawLabel: EdgeLabelDrawingFunction<N, E, G> | undefined = undefined;
  reallocate(): void {}
  process(): void {}
  render(): void {}
  kill(): void {}
}

/** For sigma's `edgeProgramClasses` (added to its own). */
export const UNDRAWN_TIE_PROGRAMS = { [UNDRAWN_TIE_TYPE]: UndrawnTieProgram };

/** In sigma's tie reducer: a hidden tie's copy is sent to the program that draws nothing. */
export function leaveHiddenTieOut<E extends Attributes>(tie: E): E {
  if (tie.hidden === true) (tie as Attributes).type = UNDRAWN_TIE_TYPE;
  return tie;
}
