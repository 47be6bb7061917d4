import { describe, expect, it } from 'vitest';
import { fromTo } from '../../../src/app/canvas/camera-pictures.ts';
import type { MapPictures } from '../../../src/app/map/basemap.worker.ts';
import type { MapPictureRequest } from '../../../src/app/map/basemap-shapes.ts';
import { MapPictureLayers } from '../../../src/app/map/map-picture-layers.ts';
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

/** The two layers on fake canvases; `under` carries the data attributes. */
function fakeLayers(draw: (request: MapPictureRequest) => Promise<MapPictures>) {
  const under = fakeCanvas();
  const over = fakeCanvas();
  const layers = new MapPictureLayers(under.canvas, over.canvas, draw);
  return {
    layers,
    style: under.style,
    overStyle: over.style,
    dataset: under.dataset,
    shown: under.shown,
    overShown: over.shown,
  };
}

/** A worker stand-in: each pair of pictures asked for waits until the test lets it arrive. */
function fakeWorker() {
  const asked: { request: MapPictureRequest; arrive: () => Promise<void>; fail: () => Promise<void> }[] = [];
  const closed: string[] = [];
  const draw = (request: MapPictureRequest) =>
    new Promise<MapPictures>((resolve, reject) => {
      const name = request.transform.matrix.join(',');
      const bitmap = (side: string) =>
        ({ name: `${side} ${name}`, close: () => closed.push(`${side} ${name}`) }) as unknown as ImageBitmap;
      const settled = () => new Promise<void>((done) => setTimeout(done, 0));
      asked.push({
        request,
        arrive: () => {
          resolve({
            under: bitmap('under'),
            over: bitmap('over'),
            towns: [{ name: 'Maastricht', x: 10, y: 20.25 }],
            drawMs: 12.5,
          });
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

function view(matrix: Matrix, detail: '10m' | '50m' = '10m'): MapPictureRequest {
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
    flows: [],
    flowWidth: 'ties',
    language: 'en',
  };
}

const A: Matrix = [2, 0, 0, -2, 300, 200];
const B: Matrix = [2, 0, 0, -2, 340, 170];
const C: Matrix = [3, 0, 0, -3, 100, 50];

describe('the basemap layer shows pictures drawn off the main thread', () => {
  it('asks for a picture of a still view once, and shows it in place when it arrives', async () => {
    const worker = fakeWorker();
    const { layers: layer, style, overStyle, dataset, shown, overShown } = fakeLayers(worker.draw);
    expect(style.visibility).toBe('hidden');
    expect(overStyle.visibility).toBe('hidden');
    layer.frame(view(A), true);
    layer.frame(view(A), true);
    expect(worker.asked).toHaveLength(1);
    expect(dataset.pending).toBe('true');
    await worker.asked[0].arrive();
    // Both pictures of the view, shown together, with what is on them said on the lower layer.
    expect(shown).toEqual([`under ${A.join(',')}`]);
    expect(overShown).toEqual([`over ${A.join(',')}`]);
    expect([style.visibility, overStyle.visibility]).toEqual(['', '']);
    expect(style.transform).toBe('');
    expect(dataset).toMatchObject({
      pending: 'false',
      detail: '10m',
      drawMs: '12.5',
      towns: 'Maastricht@10.0,20.3',
    });
  });

  it('moves the picture with the camera and asks for a new one only once the camera is still', async () => {
    const worker = fakeWorker();
    const { layers: layer, style, overStyle } = fakeLayers(worker.draw);
    layer.frame(view(A), true);
    await worker.asked[0].arrive();
    layer.frame(view(B), false);
    expect(worker.asked).toHaveLength(1);
    const moved = `matrix(${(fromTo(A, B) ?? []).join(', ')})`;
    expect([style.transform, overStyle.transform]).toEqual([moved, moved]);
    expect(style.transformOrigin).toBe('0 0');
    layer.frame(view(B), true);
    expect(worker.asked).toHaveLength(2);
    await worker.asked[1].arrive();
    expect([style.transform, overStyle.transform]).toEqual(['', '']);
  });

  it('keeps one picture in the making: views wanted meanwhile are skipped but for the last', async () => {
    const worker = fakeWorker();
    const { layers: layer, dataset, shown } = fakeLayers(worker.draw);
    layer.frame(view(A), true);
    layer.frame(view(B), true);
    layer.frame(view(C), true);
    expect(worker.asked).toHaveLength(1);
    await worker.asked[0].arrive();
    expect(worker.asked.map((entry) => entry.request.transform.matrix)).toEqual([A, C]);
    expect(dataset.pending).toBe('true');
    await worker.asked[1].arrive();
    expect(shown).toEqual([`under ${A.join(',')}`, `under ${C.join(',')}`]);
    expect(dataset.pending).toBe('false');
  });

  it('asks again when the scale, the tray or the flows change, not only the view', async () => {
    const worker = fakeWorker();
    const { layers: layer } = fakeLayers(worker.draw);
    const tray = { box: { xMin: 0, yMin: 0, xMax: 10, yMax: 10 }, label: 'Geen plaats (3)' };
    const flow = {
      from: 'NL42',
      to: 'BE22',
      ties: 3,
      strength: 3,
      crossBorder: true,
      a: [0, 0],
      b: [5, 5],
    } as const;
    layer.frame(view(A, '50m'), true);
    layer.frame(view(A, '10m'), true);
    layer.frame({ ...view(A, '10m'), tray }, true);
    expect(worker.asked).toHaveLength(1);
    await worker.asked[0].arrive();
    layer.frame({ ...view(A, '10m'), tray, flows: [flow] }, true);
    await worker.asked[1].arrive();
    // The 10m view without the tray was skipped for the one asked for after it.
    expect(
      worker.asked.map(({ request }) => [request.detail, request.tray?.label ?? null, request.flows.length]),
    ).toEqual([
      ['50m', null, 0],
      ['10m', 'Geen plaats (3)', 0],
      ['10m', 'Geen plaats (3)', 1],
    ]);
  });

  it('drops a picture that arrives after the map was left, and stays hidden', async () => {
    const worker = fakeWorker();
    const { layers: layer, style, overStyle, dataset, shown, overShown } = fakeLayers(worker.draw);
    layer.frame(view(A), true);
    layer.hide();
    await worker.asked[0].arrive();
    expect([shown, overShown]).toEqual([[], []]);
    expect(worker.closed).toEqual([`under ${A.join(',')}`, `over ${A.join(',')}`]);
    expect([style.visibility, overStyle.visibility]).toEqual(['hidden', 'hidden']);
    expect(dataset.pending).toBe('false');
    // Back on the map, the same view is asked for afresh.
    layer.frame(view(A), true);
    expect(worker.asked).toHaveLength(2);
  });

  it('asks again after a picture could not be drawn', async () => {
    const worker = fakeWorker();
    const { layers: layer, dataset } = fakeLayers(worker.draw);
    layer.frame(view(A), true);
    await worker.asked[0].fail();
    expect(dataset.pending).toBe('false');
    layer.frame(view(A), true);
    expect(worker.asked).toHaveLength(2);
  });
});
