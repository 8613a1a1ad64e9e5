// The share images' fonts: Noto Sans SC and Noto Serif SC from their Fontsource packages (so every machine that
// builds has the same faces), subset with harfbuzz (subset-font) to exactly the characters the render pages use.
// Fontsource splits each CJK face into unicode-range slices; each slice that holds a needed character is subset,
// and its unicode-range names just the characters it kept, so the browser takes each glyph from the one file that has it.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

/** The families the render pages name (ShareCanvas.svelte), and the Fontsource faces behind them. */
const FACES = [
	{ family: 'Share Sans', pkg: '@fontsource/noto-sans-sc', weights: [400, 700] },
	{ family: 'Share Serif', pkg: '@fontsource/noto-serif-sc', weights: [700] }
];

/** @param {string} range e.g. "U+4e00-4e3f,U+20" @returns {[number, number][]} */
function parseRange(range) {
	return range.split(',').map((part) => {
		const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(a, 16), parseInt(b ?? a, 16)];
	});
}

/**
 * Writes the subset faces and a stylesheet naming them into `outDir`; returns the stylesheet's file name and
 * how many bytes the faces take.
 * @param {Set<string>} chars
 * @param {string} outDir
 */
export async function writeShareFonts(chars, outDir) {
	await mkdir(join(outDir, 'fonts'), { recursive: true });
	const codes = [...chars].map((c) => /** @type {number} */ (c.codePointAt(0)));
	const rules = [];
	let bytes = 0;
	for (const face of FACES) {
		const root = dirname(require.resolve(`${face.pkg}/package.json`));
		for (const weight of face.weights) {
			const css = await readFile(join(root, `${weight}.css`), 'utf8');
			for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
				const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block[1])?.[1];
				const range = /unicode-range:\s*([^;]+);/.exec(block[1])?.[1];
				if (!file || !range) continue;
				const ranges = parseRange(range);
				const inRange = codes.filter((c) => ranges.some(([a, b]) => c >= a && c <= b));
				if (!inRange.length) continue;
				const text = inRange.map((c) => String.fromCodePoint(c)).join('');
				const subset = await subsetFont(await readFile(join(root, 'files', file)), text, { targetFormat: 'woff2' });
				const name = `${face.family.replace(/\s+/g, '-').toLowerCase()}-${weight}-${rules.length}.woff2`;
				await writeFile(join(outDir, 'fonts', name), subset);
				bytes += subset.length;
				rules.push(`@font-face{font-family:'${face.family}';font-weight:${weight};font-style:normal;font-display:block;src:url(fonts/${name}) format('woff2');unicode-range:${inRange.map((c) => `U+${c.toString(16)}`).join(',')}}`);
			}
		}
	}
	await writeFile(join(outDir, 'fonts.css'), rules.join('\n') + '\n');
	return { stylesheet: 'fonts.css', faces: rules.length, bytes };
}
