import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentFiles, loadContent } from './load.ts';

const ID = 'virtual:content';
const RESOLVED = '\0' + ID;

/**
 * Serves data/ as the virtual module `virtual:content`, validated. A problem in data/ fails `vite build`
 * with the validator's message, and in `vite dev` shows in the error overlay until it is fixed.
 */
export function content(dataDir = 'data'): Plugin {
	const dir = resolve(dataDir);
	return {
		name: 'story-content',
		buildStart() {
			loadContent(dir);
		},
		resolveId(id) {
			return id === ID ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return;
			for (const f of contentFiles(dir)) this.addWatchFile(f);
			return `export default ${JSON.stringify(loadContent(dir))};`;
		},
		configureServer(server) {
			server.watcher.add(dir);
			server.watcher.on('all', (_event, file) => {
				if (!file.startsWith(dir)) return;
				const mod = server.moduleGraph.getModuleById(RESOLVED);
				if (mod) server.moduleGraph.invalidateModule(mod);
				try {
					loadContent(dir);
					server.ws.send({ type: 'full-reload' });
				} catch (err) {
					server.config.logger.error(String((err as Error).message));
					server.ws.send({ type: 'error', err: { message: (err as Error).message, stack: '' } });
				}
			});
		}
	};
}
