// Debian's Chromium and the flags that make it render WebGL 2 in software (SwiftShader) and stay
// off the network. No vitest import here, so the benchmark (bench/run.ts) shares it too.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // navigator.languages decides the app's language when the URL names none (issue 13): pin it, so
  // tests and the benchmark see English whatever the machine's locale
  '--lang=en-US',
];
