// A small static file server for dist/ (and the test pages), on a loopback address only
// (127.0.0.1; the cross-origin tests use 127.0.0.2, another origin for the browser).
//   node scripts/serve.mjs DIR [PORT]
// Also imported by the e2e tests and the benchmark: serve({ root, port, headers }).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * Serves `root` (a folder, or a function returning one, read per request so a test can
 * switch builds) and optional extra `mounts` {urlPrefix: dir}; resolves to { url, close }.
 * `host` must be a loopback address.
 */
export function serve({ root, port = 0, headers = () => ({}), mounts = {}, host = '127.0.0.1' }) {
  if (!/^127\.\d+\.\d+\.\d+$/.test(host)) throw new Error(`serve: ${host} is not a loopback address`);
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
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        'cache-control': 'no-cache',
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
