import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { content } from './src/lib/content/vite-plugin.ts';
import { pym } from './src/lib/embed/pym-vite-plugin.ts';
import { compileHint } from './src/lib/compile-hint-vite-plugin.ts';
import { placeMap } from './src/lib/map/vite-plugin.ts';
import { origin, wechatSdkUrl, wechatSignatureUrl } from './story.config.js';

export default defineConfig({
	plugins: [content(), pym(), placeMap(), sveltekit(), compileHint()],
	define: {
		__STORY_ORIGIN__: JSON.stringify(origin),
		__WECHAT_SIGNATURE_URL__: JSON.stringify(wechatSignatureUrl),
		__WECHAT_SDK_URL__: JSON.stringify(wechatSdkUrl),
		__EMBED_ORIGINS__: JSON.stringify((process.env.EMBED_ORIGINS ?? '').split(',').filter(Boolean))
	},
	build: {
		target: ['es2020', 'chrome87', 'safari14'],
		// Vite's preloading of a lazy chunk's imports added a second <link rel="modulepreload"> for a chunk the
		// page had already imported (the text-fit helper, which SvelteKit's <head> does not list), and Firefox
		// fires error on it. A lazy chunk's imports are all loaded with the page by then; its styles are in the
		// one stylesheet <head> links; so nothing is lost.
		modulePreload: false,
		rolldownOptions: {
			output: {
				// All the styles in one stylesheet that every page links. A chart's code loads only as it nears the
				// viewport (ChartIsland.svelte), but its prerendered HTML is there from the start and needs its
				// styles in the first paint; SvelteKit would leave a lazy chunk's CSS to load with the chunk.
				// app.css too: on its own it is small enough to be inlined, which a host's CSP header would block.
				codeSplitting: { groups: [{ name: 'styles', test: /\.svelte\?svelte&type=style|\/src\/app\.css$/ }] }
			}
		}
	}
});
