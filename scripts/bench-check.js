// For CI after `node scripts/bench.js`: reads bench-results/latest.json and exits non-zero only when a measure is
// off by a WIDE margin. The budgets themselves (brief §8) are reported by bench.js. What is gated, and how wide:
// - bytes are the same on every run, so the story's first-load JavaScript is held to the budget itself;
// - CPU is gated as thread time (bench.js traces it), which a busy machine hardly moves but a slower one does:
//   machines of this kind differ about twofold (story CPU on load 272 ms on one, 571 ms on another, one build),
//   so the limits are about twice the slower machine's figures;
// - Lighthouse's simulated scores scale wall-clock task times, which other processes on a two-core machine
//   inflate several-fold (story TBT 350–1700 ms across three runs of one build), so only a collapse fails.
//   node scripts/bench-check.js [path/to/latest.json]
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'bench-results/latest.json';
const r = JSON.parse(readFileSync(file, 'utf8'));
const b = r.budget;

/** Limits per page: first-load JS (KB), main-thread CPU on load and its longest task (ms, thread time). */
const LIMITS = {
	story: { jsKb: b.jsKb, mainThreadMs: 1200, longestTaskMs: 250 },
	embed: { jsKb: 1.5 * b.jsKb, mainThreadMs: 700, longestTaskMs: 100 }
};

/** [what, value, limit, ok] */
const checks = [];
for (const page of /** @type {const} */ (['story', 'embed'])) {
	const p = r[page];
	if (!p) continue;
	const l = LIMITS[page];
	checks.push([`${page}: first-load JS gzip`, `${p.bytesKb.js.toFixed(1)} KB`, `${l.jsKb} KB`, p.bytesKb.js <= l.jsKb]);
	checks.push([`${page}: main-thread CPU on load`, `${Math.round(p.cpu.mainThreadMs)} ms`, `${l.mainThreadMs} ms`, p.cpu.mainThreadMs <= l.mainThreadMs]);
	checks.push([`${page}: longest task on load`, `${Math.round(p.cpu.longestTaskMs)} ms`, `${l.longestTaskMs} ms`, p.cpu.longestTaskMs <= l.longestTaskMs]);
	const lh = p.lighthouse;
	if (!lh) continue;
	checks.push([`${page}: Lighthouse performance`, String(lh.performance), '50', lh.performance >= 50]);
	checks.push([`${page}: CLS`, lh.cls.toFixed(3), '0.1', lh.cls <= 0.1]);
}
const s = r.story?.scroll;
if (s) checks.push(['story: JS gzip after reading to the end', `${s.jsKb.toFixed(1)} KB`, `${2 * b.scrollJsKb} KB`, s.jsKb <= 2 * b.scrollJsKb]);
// Long tasks are wall-clock: on a shared two-core machine a run at 4× CPU varies about twofold, and the slower
// machines of this kind measure several times the faster ones (DPR 2: 250 ms and 1.8–2.9 s), so the gate is a
// regression of several times (a chart that blocks for seconds), not the target of none.
for (const [key, name] of [
	['scroll', '375×740'],
	['scrollDpr2', '375×667 DPR 2']
]) {
	const run = r.story?.[key];
	if (!run) continue;
	checks.push([`story: scroll ${name} @4× CPU, frames > 50 ms`, `${(run.framesOver50ms * 100).toFixed(1)} %`, `${4 * b.framesOver50ms * 100} %`, run.framesOver50ms <= 4 * b.framesOver50ms]);
	checks.push([`story: scroll ${name} @4× CPU, long tasks`, `${Math.round(run.longTaskMs)} ms`, '5000 ms', run.longTaskMs <= 5000]);
}

for (const [what, value, limit, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${value} (limit ${limit})`);
const failed = checks.filter((c) => !c[3]).length;
console.log(failed ? `\n${failed} wide-margin budget check(s) failed (${file}, ${r.date})` : `\nno budget missed by a wide margin (${file}, ${r.date})`);
process.exit(failed ? 1 : 0);
