// The built app's JS and CSS and their gzip sizes, as bench/run.ts and bench/bytes.ts count them:
// every .js and .css file under the build folder, gzipped with node:zlib (default level);
// totalGzipBytes leaves out the example host page's own files (the whole app).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuiltAsset {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

export const sumGzip = (xs: readonly { gzipBytes: number }[]): number => xs.reduce((s, a) => s + a.gzipBytes, 0);

export function builtAssets(outDir: string): { assets: BuiltAsset[]; gzipBytes: number; totalGzipBytes: number } {
  const assets = filesUnder(outDir)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => ({ file: relative(outDir, f), bytes: statSync(f).size, gzipBytes: gzipSync(readFileSync(f)).length }));
  return { assets, gzipBytes: sumGzip(assets), totalGzipBytes: sumGzip(assets.filter((a) => !/embedExample/.test(a.file))) };
}
