import type { Plugin } from 'vite';

/** V8's magic comment (Chromium 136 on) that asks it to compile every function in a script as the script loads. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * V8 compiles a function the first time it is called, on the main thread: the first chart's hydration spent
 * more time compiling its code than running it, in one long task as the reader scrolled to it. Each browser
 * chunk is fetched when its code is about to run, so each is marked to be compiled as it arrives, off the
 * main thread. Other engines read a comment. Added last, after minification and Vite's own preload helper,
 * because V8 looks for the hint at the top of the script.
 */
export function compileHint(): Plugin {
	return {
		name: 'story-compile-hint',
		apply: 'build',
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				for (const chunk of Object.values(bundle)) {
					if (chunk.type === 'chunk' && chunk.fileName.startsWith('_app/immutable/')) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
				}
			}
		}
	};
}
