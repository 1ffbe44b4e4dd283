// Brain: gyri and sulci from the contour lines of a smooth 3-D value noise (a sulcus where the
// noise crosses its middle), shaded by bumping the normal with screen-space derivatives. Cheap
// enough for software rendering: two noise octaves per fragment, no textures.
uniform vec3 uGyrusColor;
uniform vec3 uSulcusColor;
uniform vec3 uCutColor;      // the brain's cut face in the cutaway
uniform float uLight;        // overall light level (projector profile raises it)
varying vec3 vNormalV;
varying vec3 vViewPos;
varying vec3 vFoldPos;

float hash3(vec3 p) {
  p = fract(p * 0.3183099 + vec3(0.71, 0.113, 0.419));
  p *= 17.0;
  return fract(p.x * p.y * p.z * (p.x + p.y + p.z));
}

float valueNoise(vec3 x) {
  vec3 i = floor(x);
  vec3 f = fract(x);
  f = f * f * (3.0 - 2.0 * f);
  return mix(
    mix(mix(hash3(i), hash3(i + vec3(1, 0, 0)), f.x), mix(hash3(i + vec3(0, 1, 0)), hash3(i + vec3(1, 1, 0)), f.x), f.y),
    mix(mix(hash3(i + vec3(0, 0, 1)), hash3(i + vec3(1, 0, 1)), f.x), mix(hash3(i + vec3(0, 1, 1)), hash3(i + vec3(1, 1, 1)), f.x), f.y),
    f.z);
}

void main() {
  if (removedByCutaway(vHeadPosM)) discard;
  if (!gl_FrontFacing) {
    gl_FragColor = vec4(uCutColor, 1.0);
    return;
  }
  float n = valueNoise(vFoldPos) * 0.7 + valueNoise(vFoldPos * 2.3 + 5.1) * 0.3;
  float d = abs(n - 0.5);
  float sulcus = 1.0 - smoothstep(0.0, 0.035, d);
  // height: gyri rounded, sulci deep and narrow
  float h = smoothstep(0.0, 0.12, d);

  vec3 nrm = normalize(vNormalV);
  vec3 dpdx = dFdx(vViewPos);
  vec3 dpdy = dFdy(vViewPos);
  vec3 r1 = cross(dpdy, nrm);
  vec3 r2 = cross(nrm, dpdx);
  float det = dot(dpdx, r1);
  vec3 grad = sign(det) * (dFdx(h) * r1 + dFdy(h) * r2);
  nrm = normalize(abs(det) * nrm - grad * 0.5);

  vec3 v = normalize(-vViewPos);
  float key = max(dot(nrm, normalize(vec3(-0.4, 0.7, 0.6))), 0.0);
  float fill = max(dot(nrm, normalize(vec3(0.6, 0.2, 0.5))), 0.0);
  float spec = pow(max(dot(reflect(-normalize(vec3(-0.4, 0.7, 0.6)), nrm), v), 0.0), 24.0);
  vec3 albedo = mix(uGyrusColor, uSulcusColor, 0.8 * sulcus);
  vec3 col = albedo * (0.5 + 0.5 * key + 0.2 * fill) * uLight + vec3(0.10) * spec * (1.0 - sulcus);
  gl_FragColor = vec4(col, 1.0);
}
