// npm run bench: builds the site, then measures the story page and one embed page in Debian's Chromium, prints
// a table against the budgets (brief §8) and writes bench-results/latest.json. Medians of several runs: the
// machine is noisy. `node scripts/bench-check.js` then fails CI only when a budget is missed by a wide margin.
//   node scripts/bench.js [--runs 3] [--no-build] [--no-lighthouse]
// Measured:
// - bytes on the wire (gzip, as scripts/serve.js sends them) by type, and the request count, on a first load,
//   with the main thread's CPU time (thread time, steady on a busy machine) and its longest task;
// - the story scrolled top to bottom under a 4× CPU slowdown, at 375×740 and on a 375×667 DPR 2 touch phone:
//   frame intervals, long tasks, heap and the JavaScript fetched by the end (each chart's code loads as the
//   reader nears it);
// - Lighthouse 12.8, mobile, default (simulated) throttling: the four category scores, LCP, FCP, TBT, CLS.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import lighthouse from 'lighthouse';
import { serve } from './serve.js';
import { removeDir, stopGroup } from './processes.js';

const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const RUNS = Number(arg('--runs')) || 3;
const PAGES = { story: '', embed: 'embed/strength/' };
/**
 * Budgets: brief §8 (Lighthouse, CLS, TBT, JS 60 KB), the charts issue (JS 50 KB, frames over 50 ms), the
 * performance issue (Lighthouse 99, LCP 1.6 s, no long task while scrolling, 50 KB of JS by the end of the story,
 * 25 KB of HTML, 35 KB of JS on an embed page).
 */
const BUDGET = {
	lighthousePerf: 99,
	lcpMs: 1600,
	cls: 0,
	tbtMs: 50,
	jsKb: 60,
	jsKbTarget: 50,
	embedJsKb: 35,
	htmlKb: 25,
	scrollJsKb: 50,
	framesOver50ms: 0.05,
	longTaskMs: 0
};
/** The phones the story is scrolled on: a plain 375 px viewport, and a 375×667 phone at DPR 2 with touch. */
const PHONES = {
	dpr1: { viewport: { width: 375, height: 740 } },
	dpr2: { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
};

if (!process.argv.includes('--no-build')) {
	const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** The median of every numeric field, field by field (so a median LCP and a median TBT may come from different runs). */
const medians = (runs) => Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));

/** Bytes on the wire (gzip as served) by type, and the request count, for a first load; and the main thread's
 * CPU time until the network is idle, from a trace. Thread time, unlike the wall-clock durations Lighthouse
 * scales, hardly moves when other processes share the machine's cores. */
async function firstLoad(browser, url) {
	const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
	const cdp = await page.context().newCDPSession(page);
	const events = [];
	cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
	const traced = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
	await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
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
	await cdp.send('Tracing.end');
	await traced;
	await page.close();
	const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid).map((e) => (e.tdur ?? 0) / 1000);
	return { bytes, requests, cpu: { mainThreadMs: tasks.reduce((a, b) => a + b, 0), longestTaskMs: Math.max(0, ...tasks) } };
}

/** Scrolls the whole story at a fixed speed under a 4× CPU slowdown; frame intervals, long tasks, heap, and the
 * JavaScript fetched by the end (charts load theirs as the reader nears them). */
async function scrollRun(browser, url, phone) {
	const page = await browser.newPage(phone);
	const cdp = await page.context().newCDPSession(page);
	let jsBytes = 0;
	page.on('response', async (r) => {
		if (r.request().resourceType() !== 'script') return;
		jsBytes += Number(r.headers()['content-length'] ?? (await r.body().catch(() => Buffer.alloc(0))).length);
	});
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
		heapMb: heap.usedSize / 1048576,
		jsKb: jsBytes / 1024
	};
}

/** Debian's Chromium with a DevTools port and a fresh profile, for Lighthouse to drive. */
async function launchForLighthouse() {
	const profile = mkdtempSync(join(tmpdir(), 'bench-lh-'));
	// A group of its own, so closing can wait for every process of the browser, not only the first.
	const child = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--remote-debugging-port=0', '--remote-debugging-address=127.0.0.1', `--user-data-dir=${profile}`, 'about:blank'], {
		stdio: ['ignore', 'ignore', 'pipe'],
		detached: true
	});
	const close = async () => {
		await stopGroup(child, { graceMs: 10_000, name: 'Chromium for Lighthouse' });
		removeDir(profile);
	};
	try {
		const port = await new Promise((ok, fail) => {
			let err = '';
			const timer = setTimeout(() => fail(new Error(`Chromium gave no DevTools port in 30 s:\n${err}`)), 30_000);
			child.stderr.on('data', (d) => {
				err += d;
				const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
				if (m) {
					clearTimeout(timer);
					ok(Number(m[1]));
				}
			});
			child.once('exit', (code) => fail(new Error(`Chromium exited (${code}) before it listened:\n${err}`)));
		});
		child.stderr.resume();
		return { port, close };
	} catch (e) {
		await close();
		throw e;
	}
}

/** One Lighthouse run (its default: mobile, simulated throttling) in a freshly launched Chromium. */
async function lighthouseRun(url) {
	const chrome = await launchForLighthouse();
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			hostname: '127.0.0.1',
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
		const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
		// Audits that lost points outside performance: a hint of what to fix, kept for the JSON.
		const lost = ['accessibility', 'best-practices', 'seo'].flatMap((c) =>
			lhr.categories[c].auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id].score ?? 1) < 1).map((r) => `${c}: ${r.id}`)
		);
		/** @param {string} id */
		const items = (id) => /** @type {any[]} */ (/** @type {any} */ (lhr.audits[id]?.details)?.items ?? []);
		// Where the main thread went (simulated timings come from these observed tasks, slowed down).
		const diagnostics = {
			mainThreadMs: Object.fromEntries(items('mainthread-work-breakdown').map((it) => [it.groupLabel ?? it.group, Math.round(it.duration)])),
			longTasks: items('long-tasks').map((it) => ({ url: it.url, startTime: Math.round(it.startTime), duration: Math.round(it.duration) })),
			bootup: items('bootup-time').map((it) => ({ url: it.url, totalMs: Math.round(it.total), scriptingMs: Math.round(it.scripting) })),
			failingNodes: Object.fromEntries(lost.map((l) => [l, items(l.split(': ')[1]).slice(0, 5).map((it) => it.node?.selector ?? it.node?.snippet ?? it.url ?? '')]))
		};
		return {
			metrics: {
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				lcpMs: audit('largest-contentful-paint'),
				fcpMs: audit('first-contentful-paint'),
				tbtMs: audit('total-blocking-time'),
				cls: audit('cumulative-layout-shift')
			},
			lost,
			warnings: lhr.runWarnings,
			diagnostics
		};
	} finally {
		await chrome.close();
	}
}

const site = await serve({ dir: 'build', port: 0 });
const url = (page) => site.url + PAGES[page];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const loads = { story: [], embed: [] };
const scrolls = { dpr1: [], dpr2: [] };
for (let i = 0; i < RUNS; i++) {
	for (const page of Object.keys(PAGES)) loads[page].push(await firstLoad(browser, url(page)));
	for (const phone of /** @type {const} */ (['dpr1', 'dpr2'])) scrolls[phone].push(await scrollRun(browser, url('story'), PHONES[phone]));
}
await browser.close();

/** @type {Record<string, { metrics: Record<string, number>, lost: string[], warnings: string[], diagnostics: object }[]>} */
const lighthouseRuns = { story: [], embed: [] };
if (!process.argv.includes('--no-lighthouse')) {
	for (let i = 0; i < RUNS; i++) {
		for (const page of Object.keys(PAGES)) {
			process.stderr.write(`lighthouse ${page} ${i + 1}/${RUNS}\n`);
			lighthouseRuns[page].push(await lighthouseRun(url(page)));
		}
	}
}
await site.close();

const kb = (n) => n / 1024;
const summary = (page) => ({
	url: '/' + PAGES[page],
	bytesKb: Object.fromEntries(Object.keys(loads[page][0].bytes).map((k) => [k, kb(median(loads[page].map((l) => l.bytes[k])))])),
	requests: median(loads[page].map((l) => l.requests)),
	cpu: medians(loads[page].map((l) => l.cpu)),
	lighthouse: lighthouseRuns[page].length
		? {
				...medians(lighthouseRuns[page].map((r) => r.metrics)),
				runs: lighthouseRuns[page].map((r) => r.metrics),
				lost: [...new Set(lighthouseRuns[page].flatMap((r) => r.lost))],
				warnings: [...new Set(lighthouseRuns[page].flatMap((r) => r.warnings))],
				diagnostics: lighthouseRuns[page].map((r) => r.diagnostics)
			}
		: null
});
const result = {
	date: new Date().toISOString(),
	runs: RUNS,
	chromium: spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim(),
	budget: BUDGET,
	story: { ...summary('story'), scroll: medians(scrolls.dpr1), scrollDpr2: medians(scrolls.dpr2) },
	embed: summary('embed')
};

/** Table rows: page, measure, value, budget, pass (null: no budget). */
const rows = [];
const row = (page, measure, value, budget = '', ok = null) => rows.push({ page, measure, value, budget, ok });
for (const page of /** @type {const} */ (['story', 'embed'])) {
	const p = result[page];
	row(page, 'JS (gzip, all chunks)', `${p.bytesKb.js.toFixed(1)} KB`, `≤ ${BUDGET.jsKb} KB (brief)`, p.bytesKb.js <= BUDGET.jsKb);
	const jsTarget = page === 'embed' ? BUDGET.embedJsKb : BUDGET.jsKbTarget;
	row(page, 'JS (gzip, all chunks)', `${p.bytesKb.js.toFixed(1)} KB`, `≤ ${jsTarget} KB (target)`, p.bytesKb.js <= jsTarget);
	row(page, 'CSS (gzip)', `${p.bytesKb.css.toFixed(1)} KB`);
	if (page === 'story') row(page, 'HTML (gzip)', `${p.bytesKb.html.toFixed(1)} KB`, `≤ ${BUDGET.htmlKb} KB`, p.bytesKb.html <= BUDGET.htmlKb);
	else row(page, 'HTML (gzip)', `${p.bytesKb.html.toFixed(1)} KB`);
	row(page, 'fonts + images + other', `${(p.bytesKb.font + p.bytesKb.image + p.bytesKb.other).toFixed(1)} KB`);
	row(page, 'requests', String(p.requests));
	row(page, 'main-thread CPU on load (thread time)', `${Math.round(p.cpu.mainThreadMs)} ms`);
	row(page, 'longest task on load (thread time)', `${Math.round(p.cpu.longestTaskMs)} ms`);
	const lh = p.lighthouse;
	if (lh) {
		row(page, 'Lighthouse performance', String(lh.performance), `≥ ${BUDGET.lighthousePerf}`, lh.performance >= BUDGET.lighthousePerf);
		row(page, 'Lighthouse accessibility', String(lh.accessibility));
		row(page, 'Lighthouse best practices', String(lh.bestPractices));
		row(page, 'Lighthouse SEO', String(lh.seo));
		row(page, 'LCP (simulated)', `${Math.round(lh.lcpMs)} ms`, `≤ ${BUDGET.lcpMs} ms`, lh.lcpMs <= BUDGET.lcpMs);
		row(page, 'FCP (simulated)', `${Math.round(lh.fcpMs)} ms`);
		row(page, 'TBT (simulated)', `${Math.round(lh.tbtMs)} ms`, `< ${BUDGET.tbtMs} ms`, lh.tbtMs < BUDGET.tbtMs);
		row(page, 'CLS', lh.cls.toFixed(3), `= ${BUDGET.cls}`, lh.cls <= BUDGET.cls);
	}
}
for (const [key, name] of /** @type {const} */ ([
	['scroll', '375×740'],
	['scrollDpr2', '375×667 DPR 2']
])) {
	const s = result.story[key];
	row('story', `scroll ${name} @4× CPU: frames > 50 ms`, `${(s.framesOver50ms * 100).toFixed(1)} %`, `≤ ${BUDGET.framesOver50ms * 100} %`, s.framesOver50ms <= BUDGET.framesOver50ms);
	row('story', `scroll ${name} @4× CPU: p95 frame`, `${s.p95FrameMs.toFixed(1)} ms`);
	row('story', `scroll ${name} @4× CPU: long tasks`, `${s.longTasks} (${s.longTaskMs.toFixed(0)} ms)`, `${BUDGET.longTaskMs} ms`, s.longTaskMs <= BUDGET.longTaskMs);
}
const s = result.story.scroll;
row('story', 'JS heap after full scroll', `${s.heapMb.toFixed(1)} MB`);
row('story', 'JS (gzip) after reading to the end', `${s.jsKb.toFixed(1)} KB`, `≤ ${BUDGET.scrollJsKb} KB`, s.jsKb <= BUDGET.scrollJsKb);

console.log(`\n375×740 (Lighthouse: its mobile emulation, simulated throttling); medians of ${RUNS} runs; ${result.chromium}\n`);
console.log('| page | measure | value | budget | |\n| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.page === 'story' ? 'story' : 'embed/strength'} | ${r.measure} | ${r.value} | ${r.budget} | ${r.ok === null ? '' : r.ok ? 'pass' : 'FAIL'} |`);
for (const page of /** @type {const} */ (['story', 'embed'])) {
	const lh = result[page].lighthouse;
	if (lh?.lost.length) console.log(`\n${page}: Lighthouse audits that lost points: ${lh.lost.join(', ')}`);
	if (lh?.warnings.length) console.log(`${page}: Lighthouse warnings: ${lh.warnings.join(' / ')}`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify({ ...result, rows }, null, 2));
