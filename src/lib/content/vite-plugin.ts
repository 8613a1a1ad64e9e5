import { resolve } from 'node:path';
import { pagesWords, readerWords } from './ui.ts';
import type { Plugin } from 'vite';
import { contentFiles, loadContent } from './load.ts';
import type { Content } from './types.ts';
import { VIEW_OF, type ViewName } from '../charts/view-of.ts';

const ID = 'virtual:content';
const RESOLVED = '\0' + ID;
/** The words of the charts one view draws: an embed of one chart fetches no other view's words. */
const chartWords = (view: ViewName) => (c: Content) => Object.fromEntries(Object.entries(c.charts).filter(([id]) => VIEW_OF[id as keyof typeof VIEW_OF] === view));
/** The words alone, for components that run in the browser: the interface's, and the charts' (loaded with their view). */
const WORDS: Record<string, (content: Content) => unknown> = {
	'virtual:ui': (c) => readerWords(c.ui),
	'virtual:ui-pages': (c) => pagesWords(c.ui),
	...Object.fromEntries([...new Set(Object.values(VIEW_OF))].map((view) => [`virtual:chart-words/${view}`, chartWords(view)]))
};
const resolved = (id: string) => '\0' + id;

/**
 * Serves data/ as the virtual module `virtual:content`, validated, and its words alone as `virtual:ui` (the reader's),
 * `virtual:ui-pages` (the embed index's and share pages') and `virtual:chart-words/<view>`. A problem in data/ fails `vite build`
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
			return id === ID ? RESOLVED : Object.hasOwn(WORDS, id) ? resolved(id) : undefined;
		},
		load(id) {
			const words = Object.keys(WORDS).find((w) => resolved(w) === id);
			if (id !== RESOLVED && !words) return;
			for (const f of contentFiles(dir)) this.addWatchFile(f);
			const content = loadContent(dir);
			return `export default ${JSON.stringify(words ? WORDS[words](content) : content)};`;
		},
		configureServer(server) {
			server.watcher.add(dir);
			server.watcher.on('all', (_event, file) => {
				if (!file.startsWith(dir)) return;
				for (const id of [RESOLVED, ...Object.keys(WORDS).map(resolved)]) {
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
