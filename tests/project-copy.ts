// A copy of the project in a temporary folder, for the tests that run a build of their own. A build writes
// .svelte-kit/ and its output folder in the tree it runs in: in a copy, it cannot collide with the main build
// or with another test's, whatever runs at the same time.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT = ['src', 'static', 'data', 'scripts', 'svelte.config.js', 'vite.config.ts', 'story.config.js', 'tsconfig.json', 'package.json'];

/** Copies what a build reads into a new temporary folder (node_modules linked, not copied); returns the folder. */
export function copyProject(name: string): string {
	const dir = mkdtempSync(join(tmpdir(), `story-${name}-`));
	for (const f of PROJECT) cpSync(f, join(dir, f), { recursive: true });
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
	return dir;
}

/**
 * Runs `vite build` in a copy (then the share images with `images`), with `env` added; stops at the first step
 * that fails. The output goes to `<dir>/build` unless `env` names a BUILD_DIR.
 */
export function buildIn(dir: string, env: Record<string, string> = {}, { images = false, timeout = 240_000 } = {}) {
	const steps = [['node_modules/vite/bin/vite.js', 'build'], ...(images ? [['scripts/share-images.js']] : [])];
	let output = '';
	for (const step of steps) {
		const run = spawnSync(process.execPath, step, { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8', timeout });
		output += run.stdout + run.stderr;
		if (run.status !== 0) return { status: run.status, output, step: step.join(' ') };
	}
	return { status: 0, output, step: '' };
}
