import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Deployable under any sub-path and origin, chosen at build time:
//   BASE_PATH=/2021/jiaocheng PUBLIC_ORIGIN=https://news.example.com npm run build
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const origin = process.env.PUBLIC_ORIGIN ?? 'http://127.0.0.1:4173';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		paths: { base, relative: false },
		prerender: { origin, handleHttpError: 'fail', handleMissingId: 'fail' },
		inlineStyleThreshold: 8192,
		output: { bundleStrategy: 'single' }
	}
};
