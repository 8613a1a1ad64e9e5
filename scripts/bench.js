// npm run bench: builds the site, then measures the story page in Debian's Chromium and prints a table
// (medians of several runs; the machine is noisy) and writes bench-results/latest.json.
//   node scripts/bench.js [--runs 3] [--no-build]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.js';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Budgets from the brief §8 and the charts issue. */
const BUDGET = { jsKb: 50, framesOver50ms: 0.05, longTaskMs: 0 };

if (!process.argv.includes('--no-build')) {
	const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Bytes on the wire (gzip as served) by type, and the request count, for a first load. */
async function firstLoad(browser, url) {
	const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
	const bytes = { js: 0, css: 0, html: 0, font: 0, image: 0, other: 0 };
	let requests = 0;
	page.on('response', async (r) => {
		requests++;
		const type = r.request().resourceType();
		const size = Number(r.headers()['content-length'] ?? (await r.body().catch(() => Buffer.alloc(0))).length);
		const key = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'document' ? 'html' : type === 'font' ? 'font' : type === 'image' ? 'image' : 'other';
		bytes[key] += size;
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.close();
	return { bytes, requests };
}

/** Scrolls the whole story at a fixed speed under a 4× CPU slowdown; frame intervals, long tasks, heap. */
async function scrollRun(browser, url) {
	const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
	const cdp = await page.context().newCDPSession(page);
	await page.goto(url, { waitUntil: 'networkidle' });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__frames = [];
		w.__longTasks = [];
		new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
		let last = performance.now();
		const tick = (/** @type {number} */ t) => {
			w.__frames.push(t - last);
			last = t;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
	// 100 px every 50 ms: 2000 px/s, a brisk thumb.
	for (let y = 0; y < height; y += 100) {
		await page.mouse.wheel(0, 100);
		await page.waitForTimeout(50);
	}
	await page.waitForTimeout(500);
	const { frames, longTasks } = await page.evaluate(() => ({ frames: /** @type {any} */ (window).__frames.slice(1), longTasks: /** @type {any} */ (window).__longTasks }));
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await cdp.send('HeapProfiler.collectGarbage');
	const heap = await cdp.send('Runtime.getHeapUsage');
	await page.close();
	const sorted = [...frames].sort((a, b) => a - b);
	return {
		frames: frames.length,
		p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
		framesOver50ms: frames.filter((f) => f > 50).length / Math.max(1, frames.length),
		longTasks: longTasks.length,
		longTaskMs: longTasks.reduce((a, b) => a + b, 0),
		heapMb: heap.usedSize / 1048576
	};
}

const site = await serve({ dir: 'build', port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const loads = [];
const scrolls = [];
for (let i = 0; i < RUNS; i++) {
	loads.push(await firstLoad(browser, site.url));
	scrolls.push(await scrollRun(browser, site.url));
}
await browser.close();
await site.close();

const kb = (n) => n / 1024;
const result = {
	date: new Date().toISOString(),
	runs: RUNS,
	story: {
		bytesKb: Object.fromEntries(Object.keys(loads[0].bytes).map((k) => [k, kb(median(loads.map((l) => l.bytes[k])))])),
		requests: median(loads.map((l) => l.requests)),
		scroll: Object.fromEntries(Object.keys(scrolls[0]).map((k) => [k, median(scrolls.map((s) => s[k]))]))
	}
};
const s = result.story;
const rows = [
	['JS (gzip, all chunks)', `${s.bytesKb.js.toFixed(1)} KB`, `≤ ${BUDGET.jsKb} KB`, s.bytesKb.js <= BUDGET.jsKb],
	['CSS (gzip)', `${s.bytesKb.css.toFixed(1)} KB`, '', null],
	['HTML (gzip)', `${s.bytesKb.html.toFixed(1)} KB`, '', null],
	['fonts + images', `${(s.bytesKb.font + s.bytesKb.image).toFixed(1)} KB`, '', null],
	['requests', String(s.requests), '', null],
	['scroll @4× CPU: frames > 50 ms', `${(s.scroll.framesOver50ms * 100).toFixed(1)} %`, `≤ ${BUDGET.framesOver50ms * 100} %`, s.scroll.framesOver50ms <= BUDGET.framesOver50ms],
	['scroll @4× CPU: p95 frame', `${s.scroll.p95FrameMs.toFixed(1)} ms`, '', null],
	['scroll @4× CPU: long tasks', `${s.scroll.longTasks} (${s.scroll.longTaskMs.toFixed(0)} ms)`, `${BUDGET.longTaskMs} ms`, s.scroll.longTaskMs <= BUDGET.longTaskMs],
	['JS heap after full scroll', `${s.scroll.heapMb.toFixed(1)} MB`, '', null]
];
console.log(`\nStory page, 375×740, medians of ${RUNS} runs\n`);
console.log('| measure | value | budget | |\n| --- | --- | --- | --- |');
for (const [name, value, budget, ok] of rows) console.log(`| ${name} | ${value} | ${budget} | ${ok === null ? '' : ok ? 'pass' : 'FAIL'} |`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify({ ...result, rows }, null, 2));
