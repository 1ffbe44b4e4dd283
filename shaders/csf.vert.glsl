// CSF layer, ventricles and fontanelle membrane. The CSF shell lies against the inner skull, so
// with FOLLOWS_BONES it follows a bone moving inward (same rule as bone.vert.glsl) and the
// exaggerated bones do not cut into the fluid; it does not follow outward motion, so at a seam
// between two bones moving apart the fluid never pokes out through the bone. BONE_SLOTS is
// defined by the material, as for bone.vert.glsl.
#ifndef BONE_SLOTS
#error BONE_SLOTS must be defined by the material (src/view/bone-slots.ts)
#endif
attribute vec3 aUnit;
attribute float aBone;
uniform float uBoneDisplacementM[BONE_SLOTS];  // true metres
uniform float uDisplacementScale;     // shown metres per true metre (the exaggeration)
uniform float uMaxShownM;
uniform vec3 uSemiAxesM;
varying vec3 vHeadPosM;
varying vec3 vNormalV;
varying vec3 vViewPos;

void main() {
  vec3 p = position;
#if defined(FOLLOWS_BONES) || defined(MEMBRANE)
  float d = uBoneDisplacementM[int(aBone + 0.5)] * uDisplacementScale;
#ifdef MEMBRANE
  d = clamp(d, -uMaxShownM, uMaxShownM);   // the fontanelle membrane moves with its bones
#else
  d = clamp(d, -uMaxShownM, 0.0);
#endif
  vec3 g = aUnit / uSemiAxesM;
  float l = length(g);
  if (l > 0.0) p += (g / l) * d;
#endif
  vHeadPosM = position;
  vec4 mv = modelViewMatrix * vec4(p, 1.0);
  vViewPos = mv.xyz;
  vNormalV = normalize(normalMatrix * normal);
  gl_Position = projectionMatrix * mv;
}
