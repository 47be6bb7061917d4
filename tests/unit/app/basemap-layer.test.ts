import { describe, expect, it } from 'vitest';
import { fromTo } from '../../../src/app/canvas/camera-pictures.ts';
import { BasemapLayer } from '../../../src/app/map/basemap-layer.ts';
import type { BasemapPictureRequest } from '../../../src/app/map/basemap-shapes.ts';
import type { Matrix } from '../../../src/app/map/view-transform.ts';

/** A canvas with an `ImageBitmapRenderingContext` that records the bitmaps it was given. */
function fakeCanvas() {
  const shown: string[] = [];
  const canvas = {
    style: {} as Record<string, string>,
    dataset: {} as Record<string, string>,
    getContext: () => ({ transferFromImageBitmap: (bitmap: { name: string }) => shown.push(bitmap.name) }),
  };
  return {
    canvas: canvas as unknown as HTMLCanvasElement,
    style: canvas.style,
    dataset: canvas.dataset,
    shown,
  };
}

/** A worker stand-in: each picture asked for waits until the test lets it arrive. */
function fakeWorker() {
  const asked: { request: BasemapPictureRequest; arrive: () => Promise<void>; fail: () => Promise<void> }[] =
    [];
  const closed: string[] = [];
  const draw = (request: BasemapPictureRequest) =>
    new Promise<{ bitmap: ImageBitmap; drawMs: number }>((resolve, reject) => {
      const name = request.transform.matrix.join(',');
      const bitmap = { name, close: () => closed.push(name) } as unknown as ImageBitmap;
      const settled = () => new Promise<void>((done) => setTimeout(done, 0));
      asked.push({
        request,
        arrive: () => {
          resolve({ bitmap, drawMs: 12.5 });
          return settled();
        },
        fail: () => {
          reject(new Error('lost'));
          return settled();
        },
      });
    });
  return { draw, asked, closed };
}

function view(matrix: Matrix, detail: '10m' | '50m' = '10m'): BasemapPictureRequest {
  return {
    detail,
    transform: {
      matrix,
      scale: Math.hypot(matrix[0], matrix[1]),
      view: [0, 0, 100, 100],
      width: 800,
      height: 600,
    },
    pixelRatio: 1,
    tray: null,
  };
}

const A: Matrix = [2, 0, 0, -2, 300, 200];
const B: Matrix = [2, 0, 0, -2, 340, 170];
const C: Matrix = [3, 0, 0, -3, 100, 50];

describe('the basemap layer shows pictures drawn off the main thread', () => {
  it('asks for a picture of a still view once, and shows it in place when it arrives', async () => {
    const { canvas, style, dataset, shown } = fakeCanvas();
    const worker = fakeWorker();
    const layer = new BasemapLayer(canvas, worker.draw);
    expect(style.visibility).toBe('hidden');
    layer.frame(view(A), true);
    layer.frame(view(A), true);
    expect(worker.asked).toHaveLength(1);
    expect(dataset.pending).toBe('true');
    await worker.asked[0].arrive();
    expect(shown).toEqual([A.join(',')]);
    expect(style.visibility).toBe('');
    expect(style.transform).toBe('');
    expect(dataset).toMatchObject({ pending: 'false', detail: '10m', drawMs: '12.5' });
  });

  it('moves the picture with the camera and asks for a new one only once the camera is still', async () => {
    const { canvas, style } = fakeCanvas();
    const worker = fakeWorker();
    const layer = new BasemapLayer(canvas, worker.draw);
    layer.frame(view(A), true);
    await worker.asked[0].arrive();
    layer.frame(view(B), false);
    expect(worker.asked).toHaveLength(1);
    expect(style.transform).toBe(`matrix(${(fromTo(A, B) ?? []).join(', ')})`);
    expect(style.transformOrigin).toBe('0 0');
    layer.frame(view(B), true);
    expect(worker.asked).toHaveLength(2);
    await worker.asked[1].arrive();
    expect(style.transform).toBe('');
  });

  it('keeps one picture in the making: views wanted meanwhile are skipped but for the last', async () => {
    const { canvas, dataset, shown } = fakeCanvas();
    const worker = fakeWorker();
    const layer = new BasemapLayer(canvas, worker.draw);
    layer.frame(view(A), true);
    layer.frame(view(B), true);
    layer.frame(view(C), true);
    expect(worker.asked).toHaveLength(1);
    await worker.asked[0].arrive();
    expect(worker.asked.map((entry) => entry.request.transform.matrix)).toEqual([A, C]);
    expect(dataset.pending).toBe('true');
    await worker.asked[1].arrive();
    expect(shown).toEqual([A.join(','), C.join(',')]);
    expect(dataset.pending).toBe('false');
  });

  it('asks again when the scale or the tray changes, not only the view', () => {
    const { canvas } = fakeCanvas();
    const worker = fakeWorker();
    const layer = new BasemapLayer(canvas, worker.draw);
    layer.frame(view(A, '50m'), true);
    layer.frame(view(A, '10m'), true);
    layer.frame(
      {
        ...view(A, '10m'),
        tray: { box: { xMin: 0, yMin: 0, xMax: 10, yMax: 10 }, label: 'Geen plaats (3)' },
      },
      true,
    );
    void worker.asked[0].arrive();
    expect(worker.asked).toHaveLength(1);
    return new Promise<void>((done) =>
      setTimeout(() => {
        // The 10m view without the tray was skipped for the last one asked for.
        expect(worker.asked.map((entry) => entry.request.tray?.label ?? null)).toEqual([
          null,
          'Geen plaats (3)',
        ]);
        done();
      }, 0),
    );
  });

  it('drops a picture that arrives after the map was left, and stays hidden', async () => {
    const { canvas, style, dataset, shown } = fakeCanvas();
    const worker = fakeWorker();
    const layer = new BasemapLayer(canvas, worker.draw);
    layer.frame(view(A), true);
    layer.hide();
    await worker.asked[0].arrive();
    expect(shown).toEqual([]);
    expect(worker.closed).toEqual([A.join(',')]);
    expect(style.visibility).toBe('hidden');
    expect(dataset.pending).toBe('false');
    // Back on the map, the same view is asked for afresh.
    layer.frame(view(A), true);
    expect(worker.asked).toHaveLength(2);
  });

  it('asks again after a picture could not be drawn', async () => {
    const { canvas, dataset } = fakeCanvas();
    const worker = fakeWorker();
    const layer = new BasemapLayer(canvas, worker.draw);
    layer.frame(view(A), true);
    await worker.asked[0].fail();
    expect(dataset.pending).toBe('false');
    layer.frame(view(A), true);
    expect(worker.asked).toHaveLength(2);
  });
});
