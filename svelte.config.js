import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { base, origin, wechatCspSources } from './story.config.js';

const wechat = wechatCspSources();

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR lets a test build a second copy (say, under a sub-path) beside the main one.
		adapter: adapter({ strict: true, pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build' }),
		paths: { base, relative: false },
		prerender: {
			origin,
			handleMissingId: 'fail',
			// The share images and their fonts are made after prerendering, by scripts/share-images.js (which then checks
			// that every image a page names exists); every other missing page or file fails the build.
			handleHttpError: ({ path, status, message }) => {
				if (status === 404 && path.startsWith(`${base}/share/`) && /\.(png|jpg|css)$/.test(path)) return;
				throw new Error(message);
			}
		},
		inlineStyleThreshold: 8192,
		// Content-Security-Policy, with STORY_CSP=1 at build time. Every page is prerendered, so SvelteKit writes
		// it as a <meta http-equiv> tag, adding to script-src the sha256 of the page's one inline script (the
		// hydration start); a host may send the same policy as a header (tests/e2e/robustness.test.ts does).
		// style-src-attr 'unsafe-inline': the prerendered HTML carries Svelte's style: directives (chart positions,
		// colours) as style="…" attributes, which hashes cannot allow without 'unsafe-hashes'; they are
		// declarations, not script. WeChat signing set at build time widens script-src, connect-src and img-src for
		// WeChat's SDK (README, "Sharing on WeChat"); signing set only at run time cannot widen a meta policy.
		// Not on by default: a meta policy also binds whatever a newsroom's CMS or a test injects into the page
		// (an inline analytics snippet, axe-core added by a <script> tag).
		csp: process.env.STORY_CSP
			? {
					mode: 'hash',
					directives: {
						'default-src': ['self'],
						'script-src': ['self', ...wechat.script],
						'style-src': ['self'],
						'style-src-attr': ['unsafe-inline'],
						'img-src': ['self', 'data:', ...wechat.img],
						'connect-src': ['self', ...wechat.connect],
						'object-src': ['none'],
						'base-uri': ['self']
					}
				}
			: undefined
	}
};
