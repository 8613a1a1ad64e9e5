// A small static server for the built site, as a host would serve it: under an optional base path,
// gzip when asked, correct types, 404 for anything missing. Used by `npm run preview`, the tests and the bench.
//   node scripts/serve.js [--dir build] [--port 4173] [--host 127.0.0.1]   (base path from BASE_PATH)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml']);

/**
 * Starts the server; resolves to { url, close }. `headers` are added to every HTML response.
 * @param {{ dir?: string, port?: number, host?: string, base?: string, headers?: Record<string, string> }} [options]
 */
export async function serve({ dir = 'build', port = 4173, host = '127.0.0.1', base = process.env.BASE_PATH ?? '', headers = {} } = {}) {
	const root = resolve(dir);
	const prefix = base.replace(/\/$/, '');
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		let path = decodeURIComponent(url.pathname);
		if (prefix && !(path === prefix || path.startsWith(prefix + '/'))) return notFound(res);
		path = path.slice(prefix.length) || '/';
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) return notFound(res);
		try {
			if ((await stat(file)).isDirectory()) {
				if (!path.endsWith('/')) {
					res.writeHead(308, { location: url.pathname + '/' + url.search });
					return res.end();
				}
				file = join(file, 'index.html');
			}
			let body = await readFile(file);
			const ext = extname(file);
			/** @type {Record<string, string | number>} */
			const head = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...(ext === '.html' ? headers : {}) };
			if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
				body = gzipSync(body, { level: 9 });
				head['content-encoding'] = 'gzip';
				head.vary = 'accept-encoding';
			}
			res.writeHead(200, { ...head, 'content-length': body.length });
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch {
			notFound(res);
		}
	});
	await new Promise((ok, fail) => server.once('error', fail).listen(port, host, () => ok(undefined)));
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://${host}:${actualPort}${prefix}/`,
		close: () => new Promise((ok) => server.close(ok))
	};
}

/** @param {import('node:http').ServerResponse} res */
function notFound(res) {
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
	res.end('404');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	/** @param {string} name @param {string} fallback */
	const arg = (name, fallback) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1] : fallback;
	};
	const { url } = await serve({ dir: arg('dir', 'build'), port: Number(arg('port', '4173')), host: arg('host', '127.0.0.1') });
	console.log(`交城这五年 is served at ${url}`);
}
