// Bone fragment additions (after cutaway.glsl): sutures drawn per fragment from the same suture
// planes as regionAt() in src/model/geometry.ts (the uniforms carry that HeadShape), with a
// serrated wiggle because real sutures interdigitate; the open anterior fontanelle is cut out;
// bones are tinted by how far they are shown to move.
uniform vec3 uCapColor;         // colour of cut bone (diploe) in the cutaway
uniform vec3 uTintColor;        // colour of a bone shown moving by uTintAtShownM or more
uniform float uTintAtShownM;    // shown displacement giving full tint, m
uniform vec3 uSutureColor;
uniform float uSutureStrength;  // 0..1, higher for projectors
uniform float uSutureHalfWidth; // on the unit ellipsoid
uniform vec4 uCoronalLambdoid;  // coronalZ0, coronalTilt, lambdoidZ0, lambdoidTilt
uniform vec4 uSquamousBase;     // squamousTop, squamousCurve, baseY, unused
uniform vec4 uFontanelle;       // halfWidthX, halfWidthZ, bregma z, 1 if open
uniform vec3 uInnerSemiAxesM;   // inner skull surface, m (face parts stay outside it)
uniform vec3 uSemiAxesM;        // outer skull surface, m

uniform float uFaceRecess;      // display shaping of the vault's lower front (head-geometry.ts)

// the vault's display shape undone: p mapped back onto the plain ellipsoid family
vec3 unrecess(vec3 p) {
  vec3 u = normalize(p / uSemiAxesM);
  float w = smoothstep(-0.12, -0.55, u.y) * smoothstep(0.15, 0.85, u.z) * uFaceRecess;
  return vec3(p.x / (1.0 - 0.35 * w), p.y, p.z / (1.0 - w));
}

varying vec3 vUnit;
varying float vShownM;

// 1 on the line g = 0, 0 beyond halfWidth; antialiased by the screen-space derivative
float sutureBand(float g, float halfWidth) {
  float aa = fwidth(g) * 1.2 + 1e-5;
  return 1.0 - smoothstep(halfWidth, halfWidth + aa, abs(g));
}

// interdigitation: two incommensurate waves along the suture
float serration(float s) {
  return 0.011 * sin(s * 47.0) + 0.006 * sin(s * 113.0 + 1.7);
}

float sutureMask(vec3 u) {
  float baseY = uSquamousBase.z;
  if (u.y < baseY - 0.05) return 0.0;
  float hw = uSutureHalfWidth;
  float around = atan(u.x, u.y);   // runs along coronal and lambdoid, side to side over the top
  float zc = u.z - (uCoronalLambdoid.x - uCoronalLambdoid.y * u.y);   // > 0 frontal
  float zl = u.z - (uCoronalLambdoid.z - uCoronalLambdoid.w * u.y);   // < 0 occipital
  float ys = u.y - (uSquamousBase.x - uSquamousBase.y * u.z * u.z);   // < 0 temporal
  float m = sutureBand(zc + serration(around), hw);
  m = max(m, sutureBand(zl + serration(around + 3.0), hw));
  // vault meets the fixed skull base: not one named suture but a real boundary of motion
  m = max(m, 0.55 * sutureBand(u.y - baseY, hw * 0.8));
  if (zc < -hw && zl > hw) {
    if (ys > 0.0) m = max(m, sutureBand(u.x + serration(u.z * 2.0), hw));
    // squamous suture is a bevelled overlap, not serrated: a smoother, slightly wider line
    m = max(m, 0.85 * sutureBand(ys + 0.004 * sin(u.z * 31.0), hw * 1.2));
  }
  return m;
}

// 0 outside the fontanelle, its membrane-edge distance inside (< 1)
float fontanelleCoord(vec3 u) {
  if (uFontanelle.w < 0.5 || u.y <= 0.0) return 2.0;
  return abs(u.x) / uFontanelle.x + abs(u.z - uFontanelle.z) / uFontanelle.y;
}
