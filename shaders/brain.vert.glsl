// Brain surface: a smooth offset ellipsoid; the folds are painted in brain.frag.glsl.
varying vec3 vHeadPosM;
varying vec3 vNormalV;
varying vec3 vViewPos;
varying vec3 vFoldPos;   // position in units of the head's size, so the folds scale with it
uniform float uFoldScale;

void main() {
  vHeadPosM = position;
  vFoldPos = position * uFoldScale;
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  vViewPos = mv.xyz;
  vNormalV = normalize(normalMatrix * normal);
  gl_Position = projectionMatrix * mv;
}
