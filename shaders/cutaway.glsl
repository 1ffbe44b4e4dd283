// Shared by every layer of the head (bone, CSF, brain): the cutaway removes one quarter of the
// head, the same for all layers (cut by the same two planes). Which quarter is declared once in
// src/view/cutaway-quarter.ts: the front-left one (x < 0 is the subject's left, z > 0 anterior),
// which faces the default camera. The materials prepend it as the CUTAWAY_QUARTER define: the
// signs of x and z inside the removed quarter. Back faces seen through the
// cut are painted as a flat "cut surface" colour, which reads as the solid section of each layer
// without building cap geometry (the classic capping trick for closed meshes).
#ifndef CUTAWAY_QUARTER
#error CUTAWAY_QUARTER must be defined by the material (src/view/cutaway-quarter.ts)
#endif
uniform float uCutaway;      // 1 = cut open, 0 = whole
varying vec3 vHeadPosM;      // rest position in the head frame, m

bool removedByCutaway(vec3 p) {
  return uCutaway > 0.5 && p.x * CUTAWAY_QUARTER.x > 0.0 && p.z * CUTAWAY_QUARTER.y > 0.0;
}
