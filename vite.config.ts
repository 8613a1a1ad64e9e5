import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { content } from './src/lib/content/vite-plugin.ts';
import { origin, wechatSdkUrl, wechatSignatureUrl } from './story.config.js';

export default defineConfig({
	plugins: [content(), sveltekit()],
	define: {
		__STORY_ORIGIN__: JSON.stringify(origin),
		__WECHAT_SIGNATURE_URL__: JSON.stringify(wechatSignatureUrl),
		__WECHAT_SDK_URL__: JSON.stringify(wechatSdkUrl),
		__EMBED_ORIGINS__: JSON.stringify((process.env.EMBED_ORIGINS ?? '').split(',').filter(Boolean))
	},
	build: { target: ['es2020', 'chrome87', 'safari14'] }
});
