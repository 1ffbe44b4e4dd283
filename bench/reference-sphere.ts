// The benchmark's reference scene: one plain lit sphere filling a 1280x720 page, drawn every
// animation frame with raw WebGL 2 by the same browser as the app (bench/run.ts serves it on the
// app's origin). Diffuse and specular light per pixel, a 96 x 48 segment sphere, the same
// context settings the app gets on a software renderer (no multisampling, alpha). Its frame rate
// is what "as fast as this browser draws anything 3-D" means on this machine.
export const REFERENCE_SPHERE_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>Reference sphere</title>
<style>html,body{margin:0;height:100%;background:#0f1419}canvas{display:block;width:100%;height:100%}</style>
</head><body><canvas id="c"></canvas><script>
const canvas = document.getElementById('c');
canvas.width = innerWidth; canvas.height = innerHeight;
const gl = canvas.getContext('webgl2', { antialias: false, alpha: true });
const vs = \`#version 300 es
in vec3 p; uniform mat4 m; uniform float aspect; out vec3 n; out vec3 v;
void main() { vec4 w = m * vec4(p, 1.0); n = mat3(m) * p; v = -w.xyz;
  gl_Position = vec4(w.x / aspect * 1.8, w.y * 1.8, -w.z * 0.1, 1.0 - w.z * 0.5); }\`;
const fs = \`#version 300 es
precision highp float; in vec3 n; in vec3 v; out vec4 o;
void main() { vec3 N = normalize(n), L = normalize(vec3(0.5, 0.7, 0.6)), H = normalize(L + normalize(v));
  float d = max(dot(N, L), 0.0), s = pow(max(dot(N, H), 0.0), 32.0);
  vec3 c = vec3(0.85, 0.8, 0.7) * (0.25 + 0.75 * d) + 0.3 * s; o = vec4(pow(c, vec3(1.0 / 2.2)), 1.0); }\`;
const sh = (t, s) => { const x = gl.createShader(t); gl.shaderSource(x, s); gl.compileShader(x); return x; };
const prog = gl.createProgram();
gl.attachShader(prog, sh(gl.VERTEX_SHADER, vs)); gl.attachShader(prog, sh(gl.FRAGMENT_SHADER, fs)); gl.linkProgram(prog);
const pos = [], idx = [], SEG = 96, RING = 48;
for (let j = 0; j <= RING; j++) for (let i = 0; i <= SEG; i++) {
  const th = (j / RING) * Math.PI, ph = (i / SEG) * 2 * Math.PI;
  pos.push(Math.sin(th) * Math.cos(ph) * 0.5, Math.cos(th) * 0.5, Math.sin(th) * Math.sin(ph) * 0.5);
}
for (let j = 0; j < RING; j++) for (let i = 0; i < SEG; i++) {
  const a = j * (SEG + 1) + i, b = a + SEG + 1; idx.push(a, b, a + 1, b, b + 1, a + 1);
}
gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer()); gl.bufferData(gl.ARRAY_BUFFER, new Float32Array(pos), gl.STATIC_DRAW);
gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, gl.createBuffer()); gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, new Uint16Array(idx), gl.STATIC_DRAW);
const loc = gl.getAttribLocation(prog, 'p'); gl.enableVertexAttribArray(loc); gl.vertexAttribPointer(loc, 3, gl.FLOAT, false, 0, 0);
gl.useProgram(prog); gl.enable(gl.DEPTH_TEST); gl.clearColor(0, 0, 0, 0);
const mLoc = gl.getUniformLocation(prog, 'm'), aLoc = gl.getUniformLocation(prog, 'aspect');
const frame = (t) => {
  const a = t / 2000, c = Math.cos(a), s = Math.sin(a);
  gl.viewport(0, 0, canvas.width, canvas.height);
  gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT);
  gl.uniformMatrix4fv(mLoc, false, [c, 0, -s, 0, 0, 1, 0, 0, s, 0, c, 0, 0, 0, -1, 1]);
  gl.uniform1f(aLoc, canvas.width / canvas.height);
  gl.drawElements(gl.TRIANGLES, idx.length, gl.UNSIGNED_SHORT, 0);
  requestAnimationFrame(frame);
};
requestAnimationFrame(frame);
document.documentElement.dataset.ready = 'true';
</script></body></html>`;
