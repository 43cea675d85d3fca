// Trunk post_build hook (runs in Trunk's staging dir before it becomes dist/):
// 1. writes refund-guide.js, the loader, pointing at this build's hashed wasm-bindgen glue;
// 2. in release builds, minifies the loader and the glue (esbuild; Trunk leaves the glue as
//    is, and every KB counts against the size budget);
// 3. writes refund-guide.files.json: every file of the build with its SHA-256, for service
//    workers (ours and a host's) to precache.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}

const glue = readdirSync(staging).filter((f) => /^refund-guide-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) {
  console.error(`post-build: expected one hashed glue file, found ${JSON.stringify(glue)}`);
  process.exit(1);
}
const wasm = glue[0].replace(/\.js$/, '_bg.wasm');
if (!existsSync(join(staging, wasm))) {
  console.error(`post-build: ${wasm} is missing next to the glue`);
  process.exit(1);
}
const pkg = readFileSync(join(source, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m);
const loader = readFileSync(join(source, 'js', 'refund-guide.js'), 'utf8')
  .replace('__RG_GLUE__', glue[0])
  .replace('__RG_WASM__', wasm)
  .replace('__RG_VERSION__', pkg ? pkg[1] : '0.0.0');
writeFileSync(join(staging, 'refund-guide.js'), loader);

if (process.env.TRUNK_PROFILE === 'release') {
  for (const name of ['refund-guide.js', glue[0]]) {
    const path = join(staging, name);
    const { code } = transformSync(readFileSync(path, 'utf8'), {
      minify: true, format: 'esm', target: 'es2020', legalComments: 'none',
    });
    writeFileSync(path, code);
  }
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const files = walk(staging)
  .map((path) => relative(staging, path).split('\\').join('/'))
  .filter((name) => name !== 'refund-guide.files.json')
  .sort()
  .map((name) => ({
    path: name,
    sha256: createHash('sha256').update(readFileSync(join(staging, name))).digest('hex'),
    bytes: statSync(join(staging, name)).size,
  }));
writeFileSync(join(staging, 'refund-guide.files.json'), JSON.stringify({ files }, null, 2) + '\n');
