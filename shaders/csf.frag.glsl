// CSF coloured by the model's intracranial pressure through cividis (uColormap, the same samples
// the legend uses: src/view/colormap.ts). Colours stay in the map's sRGB values (no tone mapping,
// no output conversion) so a cut face of CSF matches the legend exactly; lit faces only vary
// lightness a little around it.
uniform float uPressureMmHg;        // ICP now, mmHg
uniform vec2 uPressureRangeMmHg;    // pressures at the two ends of the map, mmHg
uniform float uTime;                // model time, s (slow drift of the fluid sheen)
uniform vec3 uColormap[10];
uniform float uOpacity;
varying vec3 vNormalV;
varying vec3 vViewPos;

vec3 pressureColor(float pMmHg) {
  float span = max(uPressureRangeMmHg.y - uPressureRangeMmHg.x, 1e-6);
  float t = clamp((pMmHg - uPressureRangeMmHg.x) / span, 0.0, 1.0) * 9.0;
  int i = int(min(floor(t), 8.0));
  return mix(uColormap[i], uColormap[i + 1], t - float(i));
}

void main() {
  if (removedByCutaway(vHeadPosM)) discard;
  vec3 base = pressureColor(uPressureMmHg);
  if (!gl_FrontFacing) {
    gl_FragColor = vec4(base, 1.0);   // the cut section of the fluid layer: exact map colour
    return;
  }
  vec3 n = normalize(vNormalV);
  vec3 v = normalize(-vViewPos);
  float ndl = max(dot(n, normalize(vec3(-0.35, 0.75, 0.55))), 0.0);
  float rim = pow(1.0 - max(dot(n, v), 0.0), 3.0);
  float sheen = 0.03 * sin(uTime * 1.3 + dot(vHeadPosM, vec3(180.0, 230.0, 150.0)));
  vec3 col = base * (0.78 + 0.3 * ndl) + vec3(rim * 0.18 + sheen);
#ifdef MEMBRANE
  col = mix(col, vec3(0.93, 0.9, 0.86), 0.3);
#endif
  gl_FragColor = vec4(col, uOpacity);
}
