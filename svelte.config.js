import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { base, origin } from './story.config.js';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR lets a test build a second copy (say, under a sub-path) beside the main one.
		adapter: adapter({ strict: true, pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build' }),
		paths: { base, relative: false },
		prerender: { origin, handleHttpError: 'fail', handleMissingId: 'fail' },
		inlineStyleThreshold: 8192,
		output: { bundleStrategy: 'single' }
	}
};
