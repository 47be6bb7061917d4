/**
 * Node labels that never overlap and never crowd: sigma's label grid keeps one candidate per
 * cell, largest actors first, but two neighbouring cells can still write on top of each other.
 * This drawer keeps the boxes written in the current frame and skips a label that would cover
 * one of them, and stops after MOST_LABELS, so a dense view stays readable.
 */
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

export const MOST_LABELS = 80;

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;

export function createLabelDrawer() {
  let boxes: { x: number; y: number; width: number; height: number }[] | null = null;
  let reserved: () => readonly { x: number; y: number; width: number; height: number }[] = () => [];
  let drawn = 0;
  return {
    /**
     * Called before each frame, with what gives the boxes other writing takes in it; asked for
     * at the frame's first label, once sigma has placed this frame's actors.
     */
    reset(taken: () => readonly { x: number; y: number; width: number; height: number }[] = () => []): void {
      reserved = taken;
      boxes = null;
      drawn = 0;
    },
    draw(
      context: CanvasRenderingContext2D,
      data: LabelData,
      settings: Pick<Settings, 'labelSize' | 'labelWeight' | 'labelFont'>,
    ): void {
      if (!data.label || drawn >= MOST_LABELS) return;
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const width = context.measureText(data.label).width;
      const box = { x: data.x + data.size + 3, y: data.y - size * 0.75, width, height: size * 1.2 };
      boxes ??= [...reserved()];
      for (const other of boxes)
        if (
          box.x < other.x + other.width &&
          other.x < box.x + box.width &&
          box.y < other.y + other.height &&
          other.y < box.y + box.height
        )
          return;
      boxes.push(box);
      drawn++;
      context.fillStyle = '#111827';
      context.fillText(data.label, box.x, data.y + size / 3);
    },
  };
}
