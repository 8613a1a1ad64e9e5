// Makes the share images from the prerendered pages under /share/ (see src/lib/share/images.ts): subsets the CJK
// fonts to their text, photographs each page in Debian's Chromium at the size its <meta name="share-render"> asks
// for, writes the picture beside the page (/share/card/ → /share/card.png), and checks that every image a page of
// the site names in its share tags now exists. Runs after `vite build`, as part of `npm run build`.
//   node scripts/share-images.js   (BUILD_DIR, BASE_PATH and PUBLIC_ORIGIN as for the build)
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { writeShareFonts } from './share/fonts.js';
import { base, origin } from '../story.config.js';

const dir = process.env.BUILD_DIR ?? 'build';
const shareDir = join(dir, 'share');

/** @param {string} d @returns {Promise<string[]>} */
async function htmlFiles(d) {
	const out = [];
	for (const e of await readdir(d, { withFileTypes: true })) {
		const p = join(d, e.name);
		if (e.isDirectory()) out.push(...(await htmlFiles(p)));
		else if (e.name.endsWith('.html')) out.push(p);
	}
	return out;
}

/** @param {string} d @returns {Promise<{ text: string }[]>} */
async function cssFiles(d) {
	const assets = join(d, '_app', 'immutable', 'assets');
	if (!existsSync(assets)) return [];
	const names = (await readdir(assets)).filter((n) => n.endsWith('.css'));
	return Promise.all(names.map(async (n) => ({ text: await readFile(join(assets, n), 'utf8') })));
}

/** @param {string} s */
const decode = (s) =>
	s
		.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/&amp;/g, '&');

/** The characters a page shows: its body's text, without scripts, styles and the QR code's SVG. */
const pageText = (/** @type {string} */ html) =>
	decode(
		(/<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '')
			.replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, '')
			.replace(/<[^>]+>/g, '')
	);

if (!existsSync(CHROMIUM_PATH)) {
	console.error(`share-images: Chromium is needed to make the share images and is not at ${CHROMIUM_PATH}.\nInstall Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
	process.exit(1);
}

const pages = [];
for (const file of await htmlFiles(shareDir)) {
	const html = await readFile(file, 'utf8');
	const meta = /<meta name="share-render" content="([^"]+)"/.exec(html);
	if (!meta) continue;
	/** @type {import('../src/lib/share/images.ts').RenderSpec} */
	const spec = JSON.parse(decode(meta[1]));
	const path = '/' + relative(dir, file).split(sep).slice(0, -1).join('/');
	const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
	pages.push({ path, spec, text: pageText(html), styles });
}
if (!pages.length) throw new Error(`share-images: no render pages under ${shareDir}: was the site built?`);

// Text comes from the pages and from the stylesheets' generated content (“· ” before a list item, “— ” …).
const styles = [...pages.map((p) => p.styles), ...(await cssFiles(dir)).map((f) => f.text)].join('\n');
const generated = [...styles.matchAll(/content:\s*(['"])(.*?)\1/g)].map((m) => m[2]).join('');
const chars = new Set([...pages.flatMap((p) => [...p.text]), ...generated].filter((c) => !/[\n\r\t]/.test(c)));
for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
const fonts = await writeShareFonts(chars, shareDir);

const site = await serve({ dir, port: 0, base });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const made = [];
// Some eighty pictures (a poster per step): one context per picture size, and in it one tab per worker that goes
// from page to page, rather than a fresh context and tab for each. Two workers for a two-core machine.
const WORKERS = Number(process.env.SHARE_IMAGE_WORKERS ?? 2);
/** @type {Map<string, Promise<import('playwright-core').BrowserContext>>} */
const contexts = new Map();
/** @param {import('../src/lib/share/images.ts').RenderSpec} spec */
function contextFor(spec) {
	const key = `${spec.width}x${spec.height}@${spec.scale}`;
	if (!contexts.has(key)) contexts.set(key, browser.newContext({ viewport: { width: spec.width, height: spec.height }, deviceScaleFactor: spec.scale, colorScheme: 'light', reducedMotion: 'reduce' }));
	return { key, context: /** @type {Promise<import('playwright-core').BrowserContext>} */ (contexts.get(key)) };
}
const queue = [...pages];
async function worker() {
	/** @type {Map<string, import('playwright-core').Page>} */
	const tabs = new Map();
	for (let next = queue.shift(); next; next = queue.shift()) {
		const { key, context } = contextFor(next.spec);
		const page = tabs.get(key) ?? (await (await context).newPage());
		tabs.set(key, page);
		made.push(await photograph(page, next));
	}
}
try {
	await Promise.all(Array.from({ length: WORKERS }, worker));
} finally {
	await browser.close();
	await site.close();
}
made.sort((a, b) => a.file.localeCompare(b.file));

/**
 * @param {import('playwright-core').Page} page
 * @param {{ path: string, spec: import('../src/lib/share/images.ts').RenderSpec }} render
 */
async function photograph(page, { path, spec }) {
	await page.goto(new URL(path.slice(1) + '/', site.url).href, { waitUntil: 'load' });
	// Charts hydrate as islands (ChartIsland.svelte): wait until each runs, as a reader's would.
	await page.waitForSelector('.canvas[data-ready]');
	await page.waitForFunction(() => Array.from(document.querySelectorAll('.chart-root')).every((c) => /** @type {HTMLElement} */ (c).dataset.live));
	// Labels measured before the faces arrived measure again after: let that settle before the picture.
	await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
	const out = join(dir, `${path}.${spec.type === 'jpeg' ? 'jpg' : 'png'}`);
	let image;
	if (spec.type === 'jpeg') {
		// The best quality under the size limit: WeChat refuses a thumbnail over 32 KB.
		for (let quality = 92; quality >= 40; quality -= 4) {
			image = await page.screenshot({ type: 'jpeg', quality });
			if (!spec.maxBytes || image.length <= spec.maxBytes) break;
		}
		if (spec.maxBytes && image && image.length > spec.maxBytes) throw new Error(`share-images: ${path} stays over ${spec.maxBytes} bytes`);
	} else {
		image = await page.screenshot({ type: 'png', fullPage: spec.fullPage ?? false });
	}
	// After the picture: the check marks the elements it asks about.
	await assertOwnFonts(page, path);
	await writeFile(out, /** @type {Buffer} */ (image));
	return { file: relative(dir, out), bytes: image?.length ?? 0 };
}

// Every image a page names in its share tags must exist now: a card that points at nothing is a broken share.
const prefix = `${origin}${base}/`;
for (const file of await htmlFiles(dir)) {
	const html = await readFile(file, 'utf8');
	for (const m of html.matchAll(/<meta (?:property|name|itemprop)="(?:og:image|twitter:image|image)" content="([^"]+)"/g)) {
		const url = decode(m[1]);
		if (!url.startsWith(prefix) || !existsSync(join(dir, url.slice(prefix.length)))) throw new Error(`share-images: ${relative(dir, file)} names ${url}, which the build does not have`);
	}
}

console.log(`share-images: ${made.length} images, fonts ${fonts.faces} faces ${(fonts.bytes / 1024).toFixed(1)} KB`);
for (const m of made) console.log(`  ${m.file}  ${(m.bytes / 1024).toFixed(1)} KB`);

/**
 * Fails when any text of the page was drawn with a font of this machine rather than the subset faces: then the
 * image would differ from machine to machine (or show tofu where a glyph is missing).
 * @param {import('playwright-core').Page} page
 * @param {string} path
 */
async function assertOwnFonts(page, path) {
	// Chromium reports the fonts of an element's own text nodes: ask only about elements that have some, not about
	// every dot and line of a chart.
	await page.evaluate(() => {
		for (const el of document.querySelectorAll('.canvas, .canvas *'))
			if (Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) el.setAttribute('data-font-check', '');
	});
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
	const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-font-check]' });
	const system = new Set();
	for (const nodeId of nodeIds) {
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		for (const f of fonts) if (!f.isCustomFont) system.add(f.familyName);
	}
	await cdp.detach();
	if (system.size) throw new Error(`share-images: ${path} draws text with this machine's fonts (${[...system].join(', ')}), not the subset faces`);
}
