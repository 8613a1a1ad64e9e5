// Another build of the site beside the main one, for the tests that need the site configured otherwise (a
// sub-path and origin, the strict Content-Security-Policy, WeChat signing set at build time).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Builds into a new temporary folder and returns it; `images`: also make the share images, as `npm run build` does. */
export function buildVariant(name: string, env: Record<string, string>, { images = false } = {}): string {
	const dir = mkdtempSync(join(tmpdir(), `story-${name}-`));
	// NODE_ENV: vitest's "test" would make a development build of Svelte and SvelteKit, not what ships.
	const full = { ...process.env, NODE_ENV: 'production', ...env, BUILD_DIR: dir };
	const steps = [['node_modules/vite/bin/vite.js', 'build'], ...(images ? [['scripts/share-images.js']] : [])];
	for (const step of steps) {
		const run = spawnSync(process.execPath, step, { env: full, encoding: 'utf8' });
		if (run.status !== 0) throw new Error(`${step.join(' ')} (${name}) failed:\n${run.stderr}`);
	}
	return dir;
}

/** The policy a STORY_CSP build wrote into a page's <meta http-equiv>, as a header would carry it (null: none). */
export function metaPolicy(html: string): string | null {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html);
	return meta ? meta[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"') : null;
}
