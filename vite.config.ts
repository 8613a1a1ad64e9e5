import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { content } from './src/lib/content/vite-plugin.ts';

export default defineConfig({
	plugins: [content(), sveltekit()],
	build: { target: ['es2020', 'chrome87', 'safari14'] }
});
