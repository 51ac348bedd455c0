// A tiny static file server for end-to-end tests: serves dist/ (optionally under a sub-path) and tests/fixtures/.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `mounts` ({ urlPrefix: directory }) on 127.0.0.1 at a free port, or at `port`.
 * Returns { url, close }. Directories serve their index.html; nothing outside a mount is served.
 * With `gzip`, responses are gzip-encoded for clients that accept it (as a static host would);
 * with `cors`, every response allows reading from any origin (as a host of embeds must).
 * `log` lists the paths requested, in order.
 */
export async function serve(mounts, { gzip = false, cors = false, port: wanted = 0 } = {}) {
  const log = [];
  const compressed = new Map();
  const entries = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix.endsWith('/') ? prefix : `${prefix}/`, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    log.push(path);
    const mount = entries.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return send(res, 404, 'not found');
    const [prefix, dir] = mount;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return send(res, 403, 'forbidden');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(cors ? { 'access-control-allow-origin': '*' } : {}),
      };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && extname(file) !== '.png') {
        // Compressed once per file version, as a host with precompressed files would serve it.
        const key = `${file}:${(await stat(file)).mtimeMs}`;
        if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
        body = compressed.get(key);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      send(res, 404, 'not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(wanted, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    // Connections a browser keeps open (or a request it has just started) would keep close()
    // waiting: a test that is done with the server ends them.
    close: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
