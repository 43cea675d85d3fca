// Trunk post_build hook (runs in Trunk's staging dir before it becomes dist/):
// 1. writes refund-guide.js, the loader (js/refund-guide.js) with the wasm-bindgen glue
//    bundled in, pointing at this build's wasm, and removes the separate glue; in release
//    builds it is minified (esbuild; Trunk's minifier cannot parse the glue). The wasm is
//    left as wasm-opt wrote it: shipped raw, the host or CDN compresses it (brotli/gzip) and
//    the loader compiles it while it streams in (docs/INTEGRATION.md, "Serving the bundle");
// 2. puts the widget's first screen, rendered at build time (`cargo run --example prerender`),
//    into the standalone page's <refund-guide> as a declarative shadow root, for js/page.js to
//    show before the wasm arrives (docs/ARCHITECTURE.md, "First paint");
// 3. renders the app icons from icons/icon.svg and writes manifest.webmanifest;
// 4. writes refund-guide.files.json: the embed bundle's files with their SHA-256, for a
//    host's own service worker to precache;
// 5. writes sw.js, the standalone page's service worker, precaching exactly this build's
//    files under a cache named for the build;
// 6. writes dist/npm/, the `refund-guide` npm package: copies of the embed's files, their
//    types (js/refund-guide.d.ts), the configuration checker for Node (the glue bundled with
//    js/check-node.mjs, running the same wasm) and its `refund-guide-check` bin.
// The steps are exported so the offline e2e test can produce a second, changed build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = resolve(fileURLToPath(import.meta.url), '..', '..');
const CHECK_STAGED = 'npm-check.mjs.staged';

/** The crate's version (Cargo.toml), which the package and `RefundGuide.version` carry. */
function version() {
  const m = readFileSync(join(SOURCE, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m);
  return m ? m[1] : '0.0.0';
}
const THEME = { primary: '#1668dc', background: '#ffffff' };

/** The hashed glue (until the loader takes it in) and its wasm. */
export function findGlue(dir) {
  const glue = readdirSync(dir).filter((f) => /^refund-guide-[0-9a-f]+\.js$/.test(f));
  if (glue.length !== 1) throw new Error(`expected one hashed glue file, found ${JSON.stringify(glue)}`);
  return { glue: glue[0], wasm: findWasm(dir) };
}

/** The wasm (`refund-guide-<hash>_bg.wasm`); there is exactly one. */
export function findWasm(dir) {
  const wasm = readdirSync(dir).filter((f) => f.endsWith('.wasm'));
  if (wasm.length !== 1 || !/^refund-guide-[0-9a-f]+_bg\.wasm$/.test(wasm[0])) {
    throw new Error(`expected one wasm file, refund-guide-<hash>_bg.wasm, found ${JSON.stringify(wasm)}`);
  }
  return wasm[0];
}

/**
 * Writes refund-guide.js: the loader with the wasm-bindgen glue bundled in (one file to
 * load), then removes the separate glue and its preload from index.html.
 */
export async function writeLoader(dir, { minify = false } = {}) {
  const { glue, wasm } = findGlue(dir);
  const { buildSync } = await import('esbuild');
  // One source with the build's names filled in, bundled with the glue.
  const bundle = (name, options) => {
    const source = readFileSync(join(SOURCE, 'js', name), 'utf8')
      .replace('__RG_GLUE__', resolve(dir, glue).split('\\').join('/'))
      .replace('__RG_WASM__', wasm)
      .replace('__RG_VERSION__', version());
    return buildSync({
      stdin: { contents: source, resolveDir: join(SOURCE, 'js'), sourcefile: name },
      bundle: true, write: false, format: 'esm', legalComments: 'none', ...options,
    }).outputFiles[0].contents;
  };
  writeFileSync(join(dir, 'refund-guide.js'), bundle('refund-guide.js', { target: 'es2020', minify }));
  // The Node checker for the npm package, kept until writePackage() puts it there.
  writeFileSync(join(dir, CHECK_STAGED), bundle('check-node.mjs', { platform: 'node', target: 'node18' }));
  unlinkSync(join(dir, glue));
  const index = join(dir, 'index.html');
  if (existsSync(index)) {
    const html = readFileSync(index, 'utf8');
    writeFileSync(index, html.split(`<link rel="modulepreload" href="./${glue}">`).join(''));
  }
}

export async function writeIcons(dir) {
  const { Resvg } = await import('@resvg/resvg-js');
  const svg = readFileSync(join(SOURCE, 'icons', 'icon.svg'), 'utf8');
  // Maskable: full-bleed background, the artwork inside the 80% safe zone.
  const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${THEME.primary}"/><g transform="translate(9.6 9.6) scale(0.7)">${inner}</g></svg>`;
  const render = (source, size, name) => {
    const png = new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();
    writeFileSync(join(dir, name), png);
  };
  render(svg, 192, 'icon-192.png');
  render(svg, 512, 'icon-512.png');
  render(svg, 180, 'icon-180.png');
  render(maskable, 512, 'icon-maskable-512.png');
  writeFileSync(join(dir, 'icon.svg'), svg);
  const manifest = {
    name: '退款指南 · Refund Guide',
    short_name: '退款指南',
    description: '数字钱包的钱没到账？一步步查清原因、知道下一步怎么做。Find out why wallet money has not arrived and what to do next.',
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: THEME.primary,
    background_color: THEME.background,
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    // Manifest localisation (a proposal Chromium is trying out); ignored elsewhere.
    translations: { en: { name: 'Refund Guide', short_name: 'Refund Guide' } },
  };
  writeFileSync(join(dir, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2) + '\n');
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The SRI form of a file's hash (sha384, base64), as <script integrity> and fetch() take it. */
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

// Each file's SHA-256 (hex, for a service worker's cache) and its SRI `integrity` (sha384,
// for <script integrity> and fetch()).
function describe(dir, names) {
  return names.map((path) => {
    const bytes = readFileSync(join(dir, path));
    return {
      path,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      integrity: sri(bytes),
      bytes: bytes.length,
    };
  });
}

/**
 * Puts the first screen into the standalone page: the widget's own components rendered by
 * Yew's server renderer (zh-CN, the page's language and the widget's default; no saved
 * session; default brand), with the widget's stylesheet, as the declarative shadow root of
 * its <refund-guide>. The browser builds a declarative shadow root as it parses the page, before
 * any script; the screen stays `hidden` until js/page.js, which makes it answerable, shows it
 * (or a "restoring your progress" line instead), and swaps in the English screen, kept in
 * a template beside it, when the language switch is pressed before the wasm arrives. The wasm
 * takes the same shadow root over (mount() empties it), and tests/e2e/prerender.test.mjs holds
 * the two screens to each other. Not for the embed yet: the loader cannot afford it (README,
 * budget).
 */
export function writeFirstScreen(dir) {
  const index = join(dir, 'index.html');
  const html = readFileSync(index, 'utf8');
  const element = '<refund-guide></refund-guide>';
  if (!html.includes(element)) throw new Error(`index.html has no ${element} for the first screen`);
  const out = execFileSync('cargo', ['run', '--quiet', '--locked', '--example', 'prerender'], {
    cwd: SOURCE, encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const first = JSON.parse(out);
  // The English screen waits in a template of its own, for the language switch pressed early.
  const root = `<template shadowrootmode="open"><style>${first.css}</style><div data-first-screen data-storage-key="${first.storageKey}" data-schema="${first.schema}" hidden>${first['zh-CN']}</div><template data-first-screen-en>${first.en}</template></template>`;
  writeFileSync(index, html.replace(element, () => `<refund-guide>${root}</refund-guide>`));
}

/** Writes refund-guide.files.json and sw.js; returns the build id. */
export function writeManifests(dir) {
  const all = walk(dir)
    .map((path) => relative(dir, path).split('\\').join('/'))
    .filter((name) => name !== 'refund-guide.files.json' && name !== 'sw.js' && name !== CHECK_STAGED && !name.startsWith('npm/'))
    .sort();
  const wasm = findWasm(dir);
  const pageFiles = describe(dir, all);
  const build = createHash('sha256')
    .update(pageFiles.map((f) => `${f.path} ${f.sha256}\n`).join(''))
    .digest('hex')
    .slice(0, 16);
  const embed = describe(dir, ['refund-guide.js', wasm]);
  writeFileSync(join(dir, 'refund-guide.files.json'), JSON.stringify({ build, files: embed }, null, 2) + '\n');
  const sw = readFileSync(join(SOURCE, 'js', 'sw.js'), 'utf8')
    .replace('__RG_BUILD__', build)
    .replace('__RG_FILES__', JSON.stringify(all.map((p) => `./${p}`)));
  writeFileSync(join(dir, 'sw.js'), sw);
  return build;
}

/**
 * Writes dist/npm/: the `refund-guide` package (`npm pack` works there). It holds copies of
 * the embed's files, so dist/ itself still serves one wasm.
 */
export function writePackage(dir) {
  const out = join(dir, 'npm');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'bin'), { recursive: true });
  const wasm = findWasm(dir);
  for (const name of ['refund-guide.js', wasm, 'refund-guide.files.json']) copyFileSync(join(dir, name), join(out, name));
  copyFileSync(join(SOURCE, 'js', 'refund-guide.d.ts'), join(out, 'refund-guide.d.ts'));
  copyFileSync(join(SOURCE, 'js', 'refund-guide-check.mjs'), join(out, 'bin', 'refund-guide-check.mjs'));
  const staged = join(dir, CHECK_STAGED);
  copyFileSync(staged, join(out, 'check.mjs'));
  unlinkSync(staged);
  const pkg = {
    name: 'refund-guide',
    version: version(),
    description: 'Refund Guide: an embeddable, offline wizard that helps a person get stuck digital-wallet money back (a web component; Rust and WebAssembly inside).',
    license: 'MIT OR Apache-2.0',
    type: 'module',
    main: './refund-guide.js',
    types: './refund-guide.d.ts',
    exports: {
      '.': { types: './refund-guide.d.ts', default: './refund-guide.js' },
      './check': { node: './check.mjs' },
      './files.json': './refund-guide.files.json',
      './package.json': './package.json',
    },
    // Importing the loader defines <refund-guide> and window.RefundGuide.
    sideEffects: ['./refund-guide.js'],
    bin: { 'refund-guide-check': './bin/refund-guide-check.mjs' },
    files: ['refund-guide.js', wasm, 'refund-guide.files.json', 'refund-guide.d.ts', 'check.mjs', 'bin/', 'README.md'],
    engines: { node: '>=18' },
    keywords: ['refund', 'wallet', 'web-component', 'webassembly', 'consumer-rights'],
  };
  writeFileSync(join(out, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  writeFileSync(join(out, 'README.md'), `# refund-guide ${pkg.version}

An embeddable, offline wizard for a person whose digital-wallet money has not come back.

Serve this folder's \`refund-guide.js\` and \`${wasm}\` together (the loader finds the wasm
next to itself; serve \`.wasm\` as \`application/wasm\`), then:

\`\`\`html
<script type="module" src="/refund-guide/refund-guide.js"></script>
<refund-guide brand-name="Your wallet">
  <p>Loading the refund guide… <a href="/refund-guide/index.html">Open it on its own page</a></p>
</refund-guide>
\`\`\`

With a bundler: \`import 'refund-guide';\` (types: \`refund-guide.d.ts\`, \`window.RefundGuide\`
and \`<refund-guide>\` included), and copy the wasm next to the emitted loader.

Check a configuration without a browser: \`npx refund-guide-check config.json\`, or
\`import { check } from 'refund-guide/check'\` in Node. \`refund-guide.files.json\` lists the
files with their SHA-256 and SRI \`integrity\`.

Configuration, events, caching, CORS and CSP: docs/INTEGRATION.md in the project.
`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
    process.exit(1);
  }
  try {
    const release = process.env.TRUNK_PROFILE === 'release';
    await writeLoader(staging, { minify: release });
    writeFirstScreen(staging);
    await writeIcons(staging);
    writeManifests(staging);
    writePackage(staging);
  } catch (err) {
    console.error(`post-build: ${err.message}`);
    process.exit(1);
  }
}
