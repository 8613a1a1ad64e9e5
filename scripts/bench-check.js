// For CI after `npm run bench`: reads bench-results/latest.json and exits non-zero only when a budget is missed
// by a WIDE margin. The budgets themselves (brief §8) are reported by bench.js; scores move a few points from
// run to run on a two-core machine, so a gate at the budget would flap. This one catches regressions.
//   node scripts/bench-check.js [path/to/latest.json]
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'bench-results/latest.json';
const r = JSON.parse(readFileSync(file, 'utf8'));
const b = r.budget;

/** [what, value, limit, ok] */
const checks = [];
for (const page of ['story', 'embed']) {
	const p = r[page];
	if (!p) continue;
	checks.push([`${page}: JS gzip ≤ 2× budget`, `${p.bytesKb.js.toFixed(1)} KB`, `${2 * b.jsKb} KB`, p.bytesKb.js <= 2 * b.jsKb]);
	const lh = p.lighthouse;
	if (!lh) continue;
	checks.push([`${page}: Lighthouse performance ≥ 80`, String(lh.performance), '80', lh.performance >= 80]);
	checks.push([`${page}: CLS ≤ 0.1`, lh.cls.toFixed(3), '0.1', lh.cls <= 0.1]);
	checks.push([`${page}: TBT ≤ 600 ms (Lighthouse's “poor”)`, `${Math.round(lh.tbtMs)} ms`, '600 ms', lh.tbtMs <= 600]);
}
const s = r.story?.scroll;
if (s) checks.push(['story: scroll @4× CPU, frames > 50 ms ≤ 4× budget', `${(s.framesOver50ms * 100).toFixed(1)} %`, `${4 * b.framesOver50ms * 100} %`, s.framesOver50ms <= 4 * b.framesOver50ms]);

for (const [what, value, limit, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${value} (limit ${limit})`);
const failed = checks.filter((c) => !c[3]).length;
console.log(failed ? `\n${failed} wide-margin budget check(s) failed (${file}, ${r.date})` : `\nno budget missed by a wide margin (${file}, ${r.date})`);
process.exit(failed ? 1 : 0);
