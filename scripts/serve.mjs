// A small static file server for dist/ (and the test pages), on a loopback address only
// (127.0.0.1; the cross-origin tests use 127.0.0.2, another origin for the browser).
//   node scripts/serve.mjs DIR [PORT]
// Also imported by the e2e tests and the benchmark: serve({ root, port, headers, compress }).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// Types a CDN compresses (images are compressed already).
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);

/** The first of brotli and gzip that an Accept-Encoding header allows (q > 0), or null. */
function pickEncoding(accept = '') {
  const allowed = new Set();
  for (const part of accept.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (!q || Number(q.slice(2)) > 0) allowed.add(name);
  }
  if (allowed.has('br')) return 'br';
  if (allowed.has('gzip')) return 'gzip';
  return null;
}

/**
 * Serves `root` (a folder, or a function returning one, read per request so a test can
 * switch builds) and optional extra `mounts` {urlPrefix: dir}; resolves to { url, close }.
 * `host` must be a loopback address.
 * `compress: true` serves text and wasm compressed as a CDN would (brotli quality 11 when the
 * request accepts `br`, else gzip -9), for the benchmark. Each file is compressed once and
 * kept (keyed by path, size and mtime), so the time brotli 11 takes is not in any response.
 * Off by default: the e2e tests get the files raw, as before.
 */
export function serve({ root, port = 0, headers = () => ({}), mounts = {}, host = '127.0.0.1', compress = false }) {
  if (!/^127\.\d+\.\d+\.\d+$/.test(host)) throw new Error(`serve: ${host} is not a loopback address`);
  const compressed = new Map(); // `${encoding} ${file} ${size} ${mtime}` -> bytes
  const server = createServer(async (req, res) => {
    const base = resolve(typeof root === 'function' ? root() : root);
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let dir = base;
      let rel = path;
      for (const [prefix, target] of Object.entries(mounts)) {
        if (path.startsWith(prefix)) { dir = resolve(target); rel = path.slice(prefix.length - 1); break; }
      }
      let file = normalize(join(dir, rel));
      if (file !== dir && !file.startsWith(dir + sep)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const encoding = compress && COMPRESSIBLE.has(extname(file)) ? pickEncoding(req.headers['accept-encoding']) : null;
      if (encoding) {
        const { size, mtimeMs } = await stat(file);
        const key = `${encoding} ${file} ${size} ${mtimeMs}`;
        if (!compressed.has(key)) {
          compressed.set(key, encoding === 'br'
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body, { level: 9 }));
        }
        body = compressed.get(key);
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        'cache-control': 'no-cache',
        ...(encoding ? { 'content-encoding': encoding } : {}),
        ...(compress ? { vary: 'accept-encoding' } : {}),
        ...headers(path),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => {
    ok({ url: `http://${host}:${server.address().port}`, close: () => new Promise((done) => server.close(done)) });
  }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve({ root: dir, port: Number(port) });
  console.log(`Refund Guide demo: ${url}/  (serving ${dir}; Ctrl-C to stop)`);
}
