import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests load data/ through the loader itself, so the content plugin of vite.config.ts stays out of them.
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: { include: ['tests/unit/**/*.test.ts'], environment: 'node' }
});
