// Another build of the site beside the main one, for the tests that need the site configured otherwise (a
// sub-path and origin, the strict Content-Security-Policy, WeChat signing set at build time). Each is built in
// a copy of the project (tests/project-copy.ts), so its .svelte-kit/ is its own.
import { dirname, join } from 'node:path';
import { removeDir } from '../../scripts/processes.js';
import { buildIn, copyProject } from '../project-copy';

/** Builds a copy of the site and returns its output folder; `images`: also make the share images, as `npm run build` does. */
export function buildVariant(name: string, env: Record<string, string>, { images = false } = {}): string {
	const project = copyProject(name);
	// NODE_ENV: vitest's "test" would make a development build of Svelte and SvelteKit, not what ships.
	const run = buildIn(project, { NODE_ENV: 'production', ...env, BUILD_DIR: 'build' }, { images });
	if (run.status !== 0) {
		removeDir(project);
		throw new Error(`${run.step} (${name}) failed:\n${run.output}`);
	}
	return join(project, 'build');
}

/** Removes a variant that `buildVariant` made, with the copy of the project it was built in. */
export function removeVariant(dir: string) {
	removeDir(dirname(dir));
}

/** The policy a STORY_CSP build wrote into a page's <meta http-equiv>, as a header would carry it (null: none). */
export function metaPolicy(html: string): string | null {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html);
	return meta ? meta[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"') : null;
}
