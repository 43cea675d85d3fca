// Builds the React example into examples/react/dist/ (or OUT): app.js bundled by esbuild
// from src/main.jsx (React from the root package.json's devDependencies), the page, its icon and a
// copy of the embed (refund-guide.js and its wasm) from the release build in DIST.
//   node examples/react/build.mjs [DIST] [OUT]     (defaults: dist, examples/react/dist)
//   node scripts/serve.mjs examples/react/dist     then open http://127.0.0.1:8080/
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';

const HERE = resolve(fileURLToPath(import.meta.url), '..');

export async function build({ dist = 'dist', out = join(HERE, 'dist') } = {}) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'refund-guide'), { recursive: true });
  await esbuild({
    entryPoints: [join(HERE, 'src', 'main.jsx')],
    outfile: join(out, 'app.js'),
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    minify: true,
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const name of ['index.html', 'app.css']) copyFileSync(join(HERE, name), join(out, name));
  copyFileSync(join(HERE, '..', '..', 'icons', 'icon.svg'), join(out, 'icon.svg'));
  // The embed's two files side by side, as a host serves them.
  const embed = readdirSync(dist).filter((f) => f === 'refund-guide.js' || /^refund-guide-[0-9a-f]+_bg\.wasm$/.test(f));
  if (embed.length !== 2) throw new Error(`expected refund-guide.js and its wasm in ${dist} (run trunk build --release first), found ${JSON.stringify(embed)}`);
  for (const name of embed) copyFileSync(join(dist, name), join(out, 'refund-guide', name));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dist, out] = process.argv.slice(2);
  console.log(`react example: ${await build({ dist, out })}`);
}
