// The CSF pressure colour map, shared by the GLSL (as a uniform LUT) and the DOM legend (as a CSS
// gradient), so the legend can never drift from what the shader paints.
//
// Cividis (Nuñez, Anderton & Renslow 2018, PLoS ONE 13:e0199239): perceptually uniform, its
// lightness rises monotonically and it reads the same for the common colour-vision deficiencies,
// so "brighter = higher pressure" holds for every student. Ten evenly spaced samples of
// matplotlib's cividis, sRGB 0-255; the shader interpolates linearly between them.

export const CIVIDIS_SRGB255: readonly (readonly [number, number, number])[] = [
  [0, 32, 77],
  [0, 51, 111],
  [57, 72, 107],
  [87, 93, 109],
  [112, 113, 115],
  [138, 135, 121],
  [166, 157, 117],
  [196, 181, 108],
  [228, 207, 91],
  [255, 234, 70],
];

/** Flat [r,g,b, r,g,b, ...] in 0..1 for a `uniform vec3 uColormap[10]`. */
export function colormapUniformArray(): Float32Array {
  const out = new Float32Array(CIVIDIS_SRGB255.length * 3);
  CIVIDIS_SRGB255.forEach((c, i) => {
    out[i * 3] = c[0] / 255;
    out[i * 3 + 1] = c[1] / 255;
    out[i * 3 + 2] = c[2] / 255;
  });
  return out;
}

/** CSS linear-gradient through the same samples (left = low pressure). */
export function colormapCssGradient(direction = 'to right'): string {
  const n = CIVIDIS_SRGB255.length - 1;
  const stops = CIVIDIS_SRGB255.map(
    (c, i) => `rgb(${c[0]}, ${c[1]}, ${c[2]}) ${((i / n) * 100).toFixed(1)}%`,
  );
  return `linear-gradient(${direction}, ${stops.join(', ')})`;
}
