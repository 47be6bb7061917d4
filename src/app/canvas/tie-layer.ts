/**
 * The highlight's veil and ties, drawn with WebGL on a layer of their own, beneath the 2D layer
 * that draws the actors and their names (highlight.ts).
 *
 * Why not on the 2D layer with the rest: hovering the largest hub of the Dutch Horizon 2020
 * network draws a line to each of its 2,242 partners, mostly across the whole window. On a 2D
 * canvas Chromium rasterises those lines in the frame's paint, on the main thread: a Chrome trace
 * showed each hover's frame as one task of 28–53 ms, 21–45 ms of it painting, and 12–30 ms without
 * the lines; in loaded runs such frames crossed the 50 ms long-task budget. Through WebGL the
 * main thread only hands over a vertex buffer and one draw call; the lines are rasterised by the
 * GPU, or in software WebGL by the GPU process, off the main thread either way.
 *
 * Each tie is a quad of two triangles 1 CSS pixel wide at any pixel ratio (which GL_LINES cannot
 * promise), widened by half a pixel on each side over which the fragment shader fades it out, as
 * sigma smooths its own ties. Multisampling would smooth it too, but in software WebGL resolving a
 * multisampled full-window buffer on every hover is work the GPU process does on the same cores,
 * and a hover's input then waited for it (60–100 ms from the input in a loaded run). The layer is
 * sized and killed with sigma's own WebGL layers.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { floatColor } from 'sigma/utils';

/** The veil over everything not highlighted, as red, green, blue (0–255) and opacity. */
export const VEIL_RGBA: readonly [number, number, number, number] = [250, 250, 250, 0.82];
/** Half of a tie's width, in CSS pixels. */
const HALF_WIDTH = 0.5;
/** Half of the quad drawn for it: the tie and the half pixel on each side over which it fades. */
const HALF_EXTENT = HALF_WIDTH + 0.5;
/**
 * Per vertex: x and y in CSS pixels, the colour's four bytes read as one float (as sigma packs
 * them), and the distance across the tie from its middle line (± HALF_EXTENT at the corners).
 */
const FLOATS_PER_VERTEX = 4;
const VERTICES_PER_TIE = 6;

/**
 * What the tie layer is to draw for one picture: whether to veil, and the ties as quads. Filled
 * by the highlight's drawing code, which knows nothing of WebGL, and drawn by TieLayer.
 */
export class TieBatch {
  veiled = false;
  /** Vertices written so far. */
  vertices = 0;
  data = new Float32Array(VERTICES_PER_TIE * FLOATS_PER_VERTEX * 256);

  clear(): void {
    this.veiled = false;
    this.vertices = 0;
  }

  /** A tie from (x1, y1) to (x2, y2), in CSS pixels, in a CSS colour (hex or rgb[a]). */
  add(x1: number, y1: number, x2: number, y2: number, colour: string): void {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const length = Math.hypot(dx, dy);
    if (!(length > 0)) return;
    // The quad's half-extent across the tie.
    const nx = (-dy / length) * HALF_EXTENT;
    const ny = (dx / length) * HALF_EXTENT;
    const packed = floatColor(colour);
    const needed = (this.vertices + VERTICES_PER_TIE) * FLOATS_PER_VERTEX;
    if (needed > this.data.length) {
      const grown = new Float32Array(Math.max(needed, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    const data = this.data;
    let at = this.vertices * FLOATS_PER_VERTEX;
    const corner = (x: number, y: number, across: number) => {
      data[at++] = x;
      data[at++] = y;
      data[at++] = packed;
      data[at++] = across;
    };
    corner(x1 + nx, y1 + ny, HALF_EXTENT);
    corner(x1 - nx, y1 - ny, -HALF_EXTENT);
    corner(x2 + nx, y2 + ny, HALF_EXTENT);
    corner(x2 + nx, y2 + ny, HALF_EXTENT);
    corner(x1 - nx, y1 - ny, -HALF_EXTENT);
    corner(x2 - nx, y2 - ny, -HALF_EXTENT);
    this.vertices += VERTICES_PER_TIE;
  }

  /** Whether there is anything to draw. */
  get empty(): boolean {
    return !this.veiled && this.vertices === 0;
  }
}

const VERTEX_SHADER = `
attribute vec2 a_position;
attribute vec4 a_colour;
attribute float a_across;
uniform vec2 u_size;
varying vec4 v_colour;
varying float v_across;
void main() {
  vec2 clip = a_position / u_size * 2.0 - 1.0;
  gl_Position = vec4(clip.x, -clip.y, 0.0, 1.0);
  v_colour = a_colour;
  v_across = a_across;
}`;

const FRAGMENT_SHADER = `
precision mediump float;
varying vec4 v_colour;
varying float v_across;
void main() {
  // Full inside the tie's width, fading to nothing over the half pixel beyond it.
  float coverage = clamp(${HALF_EXTENT.toFixed(1)} - abs(v_across), 0.0, 1.0) * 2.0;
  float alpha = v_colour.a * min(coverage, 1.0);
  gl_FragColor = vec4(v_colour.rgb * alpha, alpha);
}`;

type GL = WebGLRenderingContext | WebGL2RenderingContext;

function compile(gl: GL, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('tie layer: no shader');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS) && !gl.isContextLost())
    throw new Error(`tie layer: ${gl.getShaderInfoLog(shader)}`);
  return shader;
}

/** A tie layer among `renderer`'s layers, sized and killed with them. */
export function createTieLayer<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
  id: string,
  position: { beforeLayer: string } | { afterLayer: string },
): TieLayer {
  // Placed among sigma's layers as its canvases are (its types leave the position out). The
  // context's alpha is premultiplied (the default), blended as sigma sets: ONE, ONE_MINUS_SRC_ALPHA.
  const options = { ...position, antialias: false };
  return new TieLayer(renderer.createWebGLContext(id, options), () => renderer.getDimensions());
}

export class TieLayer {
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
    const acrossAt = gl.getAttribLocation(program, 'a_across');
    gl.enableVertexAttribArray(positionAt);
    gl.vertexAttribPointer(positionAt, 2, gl.FLOAT, false, stride, 0);
    gl.enableVertexAttribArray(colourAt);
    gl.vertexAttribPointer(colourAt, 4, gl.UNSIGNED_BYTE, true, stride, 8);
    gl.enableVertexAttribArray(acrossAt);
    gl.vertexAttribPointer(acrossAt, 1, gl.FLOAT, false, stride, 12);
    gl.enable(gl.BLEND);
  }

  /** Draws `batch` on a cleared layer; returns whether anything was drawn. */
  draw(batch: TieBatch): boolean {
    const { gl } = this;
    const [r, g, b, a] = batch.veiled ? VEIL_RGBA : [0, 0, 0, 0];
    gl.clearColor((r / 255) * a, (g / 255) * a, (b / 255) * a, a);
    gl.clear(gl.COLOR_BUFFER_BIT);
    if (batch.vertices > 0) {
      const { width, height } = this.dimensions();
      gl.uniform2f(this.size, width, height);
      gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer);
      gl.bufferData(
        gl.ARRAY_BUFFER,
        batch.data.subarray(0, batch.vertices * FLOATS_PER_VERTEX),
        gl.STREAM_DRAW,
      );
      gl.drawArrays(gl.TRIANGLES, 0, batch.vertices);
    }
    return !batch.empty;
  }
}
