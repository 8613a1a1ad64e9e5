import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentFiles, loadContent } from './load.ts';

const ID = 'virtual:content';
const RESOLVED = '\0' + ID;
/** The words alone (interface and charts), for components that run in the browser. */
const WORDS_ID = 'virtual:words';
const WORDS_RESOLVED = '\0' + WORDS_ID;

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
			return id === ID ? RESOLVED : id === WORDS_ID ? WORDS_RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED && id !== WORDS_RESOLVED) return;
			for (const f of contentFiles(dir)) this.addWatchFile(f);
			const content = loadContent(dir);
			return `export default ${JSON.stringify(id === RESOLVED ? content : { ui: content.ui, charts: content.charts })};`;
		},
		configureServer(server) {
			server.watcher.add(dir);
			server.watcher.on('all', (_event, file) => {
				if (!file.startsWith(dir)) return;
				for (const id of [RESOLVED, WORDS_RESOLVED]) {
					const mod = server.moduleGraph.getModuleById(id);
					if (mod) server.moduleGraph.invalidateModule(mod);
				}
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
