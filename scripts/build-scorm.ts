// `npm run build:scorm`: the single-file build (vite --mode single, into a temporary folder so
// dist-single/ is left alone) zipped with its imsmanifest.xml into dist-scorm/craniolab-scorm12.zip,
// the SCORM 1.2 package Moodle, Canvas and Blackboard accept (doc/teacher-tips.md). The SCORM e2e
// test calls buildScormPackage with its own output path.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { build } from 'vite';
import { SCORM_ZIP, SCO_FILE, scormManifest } from './scorm-manifest';

const root = resolve(import.meta.dirname, '..');

export async function buildScormPackage(outFile = join(root, SCORM_ZIP)): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'craniolab-scorm-'));
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'single', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const zip = zipSync(
      { 'imsmanifest.xml': strToU8(scormManifest(version)), [SCO_FILE]: readFileSync(join(outDir, 'index.html')) },
      { level: 9 },
    );
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, zip);
    return outFile;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const file = await buildScormPackage();
  console.log(`${file}: ${(readFileSync(file).length / 1024).toFixed(0)} KB`);
}
