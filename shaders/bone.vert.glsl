// Bone vertex additions, injected into three's MeshStandardMaterial (onBeforeCompile), so bone
// keeps physically based lighting. Each vertex carries the slot of the bone it belongs to
// (regionAt in src/model/geometry.ts; the last slot is the skull base and face, which never
// move) and its direction on the unit head ellipsoid. The bone moves rigidly along the head's
// outward normal by the model's displacement times the display exaggeration. BONE_SLOTS is
// defined by the material (src/view/bone-slots.ts: the model's bones plus the fixed slot).
#ifndef BONE_SLOTS
#error BONE_SLOTS must be defined by the material (src/view/bone-slots.ts)
#endif
attribute vec3 aUnit;        // direction on the unit head ellipsoid
attribute float aBone;       // slot: BONE_IDS order, then the fixed slot (base, face)
uniform float uBoneDisplacementM[BONE_SLOTS];  // model's outward displacement per bone, true m
uniform float uDisplacementScale;     // shown metres per true metre (the exaggeration)
uniform float uMaxShownM;             // shown motion is clipped here so huge forces stay readable
uniform vec3 uSemiAxesM;              // head semi-axes, m
varying vec3 vUnit;
varying float vShownM;                // shown (exaggerated, clipped) displacement, m
varying vec3 vHeadPosM;

float shownDisplacementM() {
  float d = uBoneDisplacementM[int(aBone + 0.5)] * uDisplacementScale;
  return clamp(d, -uMaxShownM, uMaxShownM);
}

vec3 headOutwardNormal() {
  // the ellipsoid's outward normal at the unit direction; guarded for fixed parts without aUnit
  vec3 g = aUnit / uSemiAxesM;
  float l = length(g);
  return l > 0.0 ? g / l : vec3(0.0);
}
