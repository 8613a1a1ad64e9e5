import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.js';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
	}
}

/** Serves build/ on a free port for the engine smoke tests. */
export default async function setup(project: TestProject) {
	if (!existsSync('build/index.html')) throw new Error('build/index.html is missing: run `npm run build` before the engine tests');
	const site = await serve({ dir: 'build', port: 0 });
	project.provide('siteUrl', site.url);
	return () => site.close();
}
