// `npx tsx bench/offscreen-probe.ts`: a question for the next step of issue 12, not part of
// `npm run bench`. Does drawing WebGL in a worker (canvas.transferControlToOffscreen) take the
// software renderer's wait off the main thread, and what does it cost in frame rate? The same
// full-window fragment load (a shader loop, no three.js) is drawn every animation frame either on
// the main thread or in a worker, in the bench's Chromium (SwiftShader, software compositing),
// twice each; for 5 s it counts frames drawn, main-thread long tasks, and how late a
// setTimeout(0) ping runs on the main thread (what a key press waits for).
// Run on 2026-11-29 at load average ~26 (2 cores shared): main thread 7.6-11.2 fps, 27-30 long
// tasks up to 541 ms, ping p95 385-499 ms; worker 3.8-4.0 fps, 0-3 long tasks, ping p95 62-78 ms.
// So a render worker frees the main thread but, in this browser, draws at about half the rate.
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/chromium';
const DRAW = `
function setup(canvas, W, H) {
  canvas.width = W; canvas.height = H;
  const gl = canvas.getContext('webgl2', { antialias: false, alpha: true });
  const vs = '#version 300 es\\nin vec2 p; void main(){ gl_Position = vec4(p, 0.0, 1.0); }';
  const fs = '#version 300 es\\nprecision highp float; out vec4 o; uniform float t; void main(){ vec2 q = gl_FragCoord.xy / 300.0; float a = 0.0; for (int i = 0; i < 3; i++) { a += sin(q.x * float(i) + t) * cos(q.y * float(i)); } o = vec4(vec3(0.5 + 0.02 * a), 1.0); }';
  const sh = (t, s) => { const x = gl.createShader(t); gl.shaderSource(x, s); gl.compileShader(x); return x; };
  const prog = gl.createProgram(); gl.attachShader(prog, sh(gl.VERTEX_SHADER, vs)); gl.attachShader(prog, sh(gl.FRAGMENT_SHADER, fs)); gl.linkProgram(prog); gl.useProgram(prog);
  gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer()); gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1,-1, 3,-1, -1,3]), gl.STATIC_DRAW);
  gl.enableVertexAttribArray(0); gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
  const tl = gl.getUniformLocation(prog, 't');
  let frames = 0;
  const frame = (t) => { gl.viewport(0, 0, W, H); gl.uniform1f(tl, t / 1000); gl.drawArrays(gl.TRIANGLES, 0, 3); frames++; requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  return () => frames;
}`;
const PAGE = (mode: string) => `<!doctype html><html><body style="margin:0"><canvas id=c style="width:100vw;height:100vh;display:block"></canvas><script>
${DRAW}
const lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) lt.push(e.duration); }).observe({ type: 'longtask' });
window.__lt = lt;
const c = document.getElementById('c');
if ('${mode}' === 'main') { window.__frames = setup(c, innerWidth, innerHeight); }
else {
  const off = c.transferControlToOffscreen();
  const src = DRAW_SRC + '; let get; onmessage = (e) => { if (e.data.canvas) get = setup(e.data.canvas, e.data.W, e.data.H); else postMessage(get()); };';
  const w = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
  w.postMessage({ canvas: off, W: innerWidth, H: innerHeight }, [off]);
  window.__frames = () => new Promise((ok) => { w.onmessage = (e) => ok(e.data); w.postMessage({}); });
}
</script></body></html>`.replace('DRAW_SRC', JSON.stringify(DRAW));
interface Probe { __frames(): number | Promise<number>; __lt: number[] }
const b = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
for (const mode of ['main', 'worker', 'main', 'worker']) {
  const ctx = await b.newContext({ viewport: { width: 1280, height: 720 } });
  await ctx.route('**/*', (r) => r.fulfill({ contentType: 'text/html', body: PAGE(mode) }));
  const p = await ctx.newPage();
  await p.goto('http://probe.local/');
  await p.waitForTimeout(2000);
  const f0 = await p.evaluate(() => (window as unknown as Probe).__frames());
  await p.evaluate(() => ((window as unknown as Probe).__lt.length = 0));
  // main-thread responsiveness: how late do 200 setTimeout(0) pings run?
  const r = await p.evaluate(`(async () => { const lat = []; const t1 = performance.now() + 5000; while (performance.now() < t1) { const s = performance.now(); await new Promise((ok) => setTimeout(ok, 0)); lat.push(performance.now() - s); await new Promise((ok) => setTimeout(ok, 20)); } lat.sort((a, b) => a - b); return { p95: Math.round(lat[Math.floor(lat.length * 0.95)]), max: Math.round(lat[lat.length - 1]), n: lat.length }; })()`);
  const f1 = await p.evaluate(() => (window as unknown as Probe).__frames());
  const lt = await p.evaluate(() => (window as unknown as Probe).__lt.slice());
  console.log(mode, 'fps', ((f1 - f0) / 5).toFixed(1), 'longTasks', lt.length, 'max', Math.round(Math.max(0, ...lt)), 'pingLatency', JSON.stringify(r));
  await ctx.close();
}
await b.close();
