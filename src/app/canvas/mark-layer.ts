/**
 * The highlight's veil, ties and partners' dots, drawn with WebGL on a layer of their own, beneath
 * the 2D layer that draws the focused actor and the names (highlight.ts).
 *
 * Why not on the 2D layer with the rest: hovering the largest hub of the Dutch Horizon 2020
 * network draws a line to each of its 2,242 partners, mostly across the whole window, and a dot
 * on each partner. On a 2D canvas Chromium rasterises those in the frame's paint, on the main
 * thread: a Chrome trace showed each hover's frame as one task of 28–53 ms, 21–45 ms of it
 * painting; with the lines in WebGL, the dots' 2,242 arcs still cost 11–16 ms of paint. Through
 * WebGL the main thread only hands over two vertex buffers and two draw calls; the marks are
 * rasterised by the GPU, or in software WebGL by the GPU process, off the main thread either way.
 *
 * Each mark is a quad of two triangles whose fragments know their distance from the mark's middle
 * (a tie's middle line, a dot's centre): a tie is 1 CSS pixel wide at any pixel ratio (which
 * GL_LINES cannot promise) and fades out over half a pixel on each side, as sigma smooths its own
 * ties; a dot fades over one pixel centred on its rim, as a 2D canvas smooths an arc. Multisampling
 * would smooth them too, but in software WebGL resolving a multisampled full-window buffer on every
 * hover is work the GPU process does on the same cores, and a hover's input then waited for it
 * (60–100 ms from the input in a loaded run). The layer is sized and killed with sigma's own WebGL
 * layers.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { floatColor } from 'sigma/utils';

/** The veil over everything not highlighted, as red, green, blue (0–255) and opacity. */
export const VEIL_RGBA: readonly [number, number, number, number] = [250, 250, 250, 0.82];
/** Half of a tie's width, in CSS pixels, and the half pixel on each side over which it fades. */
const TIE_HALF_WIDTH = 0.5;
const TIE_FADE = 0.5;
/** Smaller dots would vanish under the veil's edge; the 2D layer drew them at this radius too. */
export const SMALLEST_DOT_RADIUS = 1.5;
/**
 * Per vertex: x and y in CSS pixels; the colour's four bytes read as one float (as sigma packs
 * them); and where the vertex lies from the mark's middle, with the distance at which the mark has
 * faded out, both in units of the mark's fade width, so that the shader's coverage is
 * `edge − distance` clamped to 0–1, for ties and dots alike.
 */
const FLOATS_PER_VERTEX = 6;
const VERTICES_PER_QUAD = 6;

/** Quads of one kind of mark, as vertices for the mark program. */
class Quads {
  /** Vertices written so far. */
  vertices = 0;
  data = new Float32Array(VERTICES_PER_QUAD * FLOATS_PER_VERTEX * 256);

  /** Room for one more quad; returns where its first vertex goes in `data`. */
  reserve(): number {
    const needed = (this.vertices + VERTICES_PER_QUAD) * FLOATS_PER_VERTEX;
    if (needed > this.data.length) {
      const grown = new Float32Array(Math.max(needed, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.vertices * FLOATS_PER_VERTEX;
    this.vertices += VERTICES_PER_QUAD;
    return at;
  }

  /** The quad with corners p ± u ± v (u and v half its sides), each corner's shape offset ± su ± sv. */
  quad(
    px: number,
    py: number,
    ux: number,
    uy: number,
    vx: number,
    vy: number,
    su: number,
    sv: number,
    colour: number,
    edge: number,
  ): void {
    // Reserved first: growing replaces `data`.
    let at = this.reserve();
    const data = this.data;
    const corner = (i: number, j: number) => {
      data[at++] = px + i * ux + j * vx;
      data[at++] = py + i * uy + j * vy;
      data[at++] = colour;
      data[at++] = i * su;
      data[at++] = j * sv;
      data[at++] = edge;
    };
    corner(-1, 1);
    corner(-1, -1);
    corner(1, 1);
    corner(1, 1);
    corner(-1, -1);
    corner(1, -1);
  }
}

/**
 * What the mark layer is to draw for one picture: whether to veil, the ties, and the dots above
 * them. Filled by the highlight's drawing code, which knows nothing of WebGL, and drawn by
 * MarkLayer.
 */
export class MarkBatch {
  veiled = false;
  readonly ties = new Quads();
  readonly dots = new Quads();

  clear(): void {
    this.veiled = false;
    this.ties.vertices = 0;
    this.dots.vertices = 0;
  }

  /** A tie from (x1, y1) to (x2, y2), in CSS pixels, in a CSS colour (hex or rgb[a]). */
  addTie(x1: number, y1: number, x2: number, y2: number, colour: string): void {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const length = Math.hypot(dx, dy);
    if (!(length > 0)) return;
    const extent = TIE_HALF_WIDTH + TIE_FADE;
    // Along the tie, half its length; across it, the half-width and the fade.
    const ux = dx / 2;
    const uy = dy / 2;
    const vx = (-dy / length) * extent;
    const vy = (dx / length) * extent;
    this.ties.quad(
      (x1 + x2) / 2,
      (y1 + y2) / 2,
      ux,
      uy,
      vx,
      vy,
      0,
      extent / TIE_FADE,
      floatColor(colour),
      extent / TIE_FADE,
    );
  }

  /** A dot of `radius` CSS pixels (at least SMALLEST_DOT_RADIUS) centred on (x, y). */
  addDot(x: number, y: number, radius: number, colour: string): void {
    // The rim fades over one pixel centred on it, so the quad reaches half a pixel past it.
    const extent = Math.max(radius, SMALLEST_DOT_RADIUS) + 0.5;
    this.dots.quad(x, y, extent, 0, 0, extent, extent, extent, floatColor(colour), extent);
  }

  /** Whether there is anything to draw. */
  get empty(): boolean {
    return !this.veiled && this.ties.vertices === 0 && this.dots.vertices === 0;
  }
}

const VERTEX_SHADER = `
attribute vec2 a_position;
attribute vec4 a_colour;
attribute vec2 a_shape;
attribute float a_edge;
uniform vec2 u_size;
varying vec4 v_colour;
varying vec2 v_shape;
varying float v_edge;
void main() {
  vec2 clip = a_position / u_size * 2.0 - 1.0;
  gl_Position = vec4(clip.x, -clip.y, 0.0, 1.0);
  v_colour = a_colour;
  v_shape = a_shape;
  v_edge = a_edge;
}`;

const FRAGMENT_SHADER = `
precision mediump float;
varying vec4 v_colour;
varying vec2 v_shape;
varying float v_edge;
void main() {
  // Full inside the mark, fading to nothing over its fade width (the unit of v_shape and v_edge).
  float coverage = clamp(v_edge - length(v_shape), 0.0, 1.0);
  float alpha = v_colour.a * coverage;
  gl_FragColor = vec4(v_colour.rgb * alpha, alpha);
}`;

type GL = WebGLRenderingContext | WebGL2RenderingContext;

function compile(gl: GL, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('mark layer: no shader');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS) && !gl.isContextLost())
    throw new Error(`mark layer: ${gl.getShaderInfoLog(shader)}`);
  return shader;
}

/** A mark layer among `renderer`'s layers, sized and killed with them. */
export function createMarkLayer<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
  id: string,
  position: { beforeLayer: string } | { afterLayer: string },
): MarkLayer {
  // Placed among sigma's layers as its canvases are (its types leave the position out). The
  // context's alpha is premultiplied (the default), blended as sigma sets: ONE, ONE_MINUS_SRC_ALPHA.
  const options = { ...position, antialias: false };
  return new MarkLayer(renderer.createWebGLContext(id, options), () => renderer.getDimensions());
}

export class MarkLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly buffer: WebGLBuffer | null;
  private readonly size: WebGLUniformLocation | null;

  /** `dimensions`: the layer's size in CSS pixels. */
  constructor(
    private readonly gl: GL,
    private readonly dimensions: () => { width: number; height: number },
  ) {
    this.canvas = gl.canvas as HTMLCanvasElement;
    const program = gl.createProgram();
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX_SHADER));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT_SHADER));
    gl.linkProgram(program);
    // biome-ignore lint/correctness/useHookAtTopLevel: WebGL's useProgram, not a React hook.
    gl.useProgram(program);
    this.size = gl.getUniformLocation(program, 'u_size');
    this.buffer = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer);
    const stride = FLOATS_PER_VERTEX * 4;
    const positionAt = gl.getAttribLocation(program, 'a_position');
    const colourAt = gl.getAttribLocation(program, 'a_colour');
    const shapeAt = gl.getAttribLocation(program, 'a_shape');
    const edgeAt = gl.getAttribLocation(program, 'a_edge');
    gl.enableVertexAttribArray(positionAt);
    gl.vertexAttribPointer(positionAt, 2, gl.FLOAT, false, stride, 0);
    gl.enableVertexAttribArray(colourAt);
    gl.vertexAttribPointer(colourAt, 4, gl.UNSIGNED_BYTE, true, stride, 8);
    gl.enableVertexAttribArray(shapeAt);
    gl.vertexAttribPointer(shapeAt, 2, gl.FLOAT, false, stride, 12);
    gl.enableVertexAttribArray(edgeAt);
    gl.vertexAttribPointer(edgeAt, 1, gl.FLOAT, false, stride, 20);
    gl.enable(gl.BLEND);
  }

  /** Draws `batch` on a cleared layer, its ties beneath its dots; returns whether anything was drawn. */
  draw(batch: MarkBatch): boolean {
    const { gl } = this;
    const [r, g, b, a] = batch.veiled ? VEIL_RGBA : [0, 0, 0, 0];
    gl.clearColor((r / 255) * a, (g / 255) * a, (b / 255) * a, a);
    gl.clear(gl.COLOR_BUFFER_BIT);
    const { width, height } = this.dimensions();
    gl.uniform2f(this.size, width, height);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer);
    for (const quads of [batch.ties, batch.dots]) {
      if (quads.vertices === 0) continue;
      gl.bufferData(
        gl.ARRAY_BUFFER,
        quads.data.subarray(0, quads.vertices * FLOATS_PER_VERTEX),
        gl.STREAM_DRAW,
      );
      gl.drawArrays(gl.TRIANGLES, 0, quads.vertices);
    }
    return !batch.empty;
  }
}
