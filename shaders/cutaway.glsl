// Shared by every layer of the head (bone, CSF, brain): the cutaway removes the front-left
// quarter of the head (x < 0 is the subject's left, z > 0 is anterior), the quarter that faces
// the default camera, so all layers are cut by the same two planes. Back faces seen through the
// cut are painted as a flat "cut surface" colour, which reads as the solid section of each layer
// without building cap geometry (the classic capping trick for closed meshes).
uniform float uCutaway;      // 1 = cut open, 0 = whole
varying vec3 vHeadPosM;      // rest position in the head frame, m

bool removedByCutaway(vec3 p) {
  return uCutaway > 0.5 && p.x < 0.0 && p.z > 0.0;
}
