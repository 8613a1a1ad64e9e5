import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const FILE = 'pym.v1.min.js';

/**
 * The embed page tells newsrooms to load pym.js from the story's own origin (`<script src="…/pym.v1.min.js">`).
 * The file is the `pym.js` package's, copied into the site at build time and served in dev, so there is one
 * copy and it is the version package-lock.json pins.
 */
export function pym(): Plugin {
	const source = () => readFileSync(createRequire(import.meta.url).resolve(`pym.js/dist/${FILE}`));
	return {
		name: 'story-pym',
		configureServer(server) {
			server.middlewares.use(`/${FILE}`, (_req, res) => {
				res.setHeader('content-type', 'text/javascript');
				res.end(source());
			});
		},
		generateBundle() {
			if (this.environment.name === 'client') this.emitFile({ type: 'asset', fileName: FILE, source: source() });
		}
	};
}
