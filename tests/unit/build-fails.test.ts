import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir } from '../../scripts/processes.js';
import { buildIn, copyProject } from '../project-copy';

// The real build, on a copy of the project whose data/ an editor has broken.
const dir = copyProject('broken');
afterAll(() => removeDir(dir));

function buildWith(file: string, edit: (text: string) => string, command: 'build' | 'dev' = 'build') {
	const path = join(dir, file);
	const original = readFileSync(path, 'utf8');
	writeFileSync(path, edit(original));
	try {
		if (command === 'build') return buildIn(dir, {}, { timeout: 120_000 });
		// `vite dev` that starts would serve until the timeout kills it (status null): the test then fails.
		const run = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'dev', '--port', '0'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
		return { status: run.status, output: run.stdout + run.stderr };
	} finally {
		writeFileSync(path, original);
	}
}

// Each starts a real build: seconds, more than vitest's default 5 s timeout on a busy two-core machine.
describe('a broken data/ stops the build', { timeout: 180_000 }, () => {
	it('names the file, the figure and the problem when a number is mistyped', () => {
		const { status, output } = buildWith('data/figures.json', (t) => t.replace('"value": 84.9,', '"value": 84.8,'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/data\/figures\.json \(line \d+, id "gdp_2020"\): value 84\.8 does not occur in its quote/);
	});
	it('names the copy file and line of an unknown figure reference', () => {
		const { status, output } = buildWith('data/copy/01-strength.aml', (t) => t.replace('{gdp_2020}', '{gdp_2020x}'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/data\/copy\/01-strength\.aml \(line \d+\): unknown figure id “gdp_2020x”/);
	});
	it('names the file and line of a state renamed in the copy', () => {
		const { status, output } = buildWith('data/copy/01-strength.aml', (t) => t.replace('state: shares\n\ntext:', 'state: share\n\ntext:'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/data\/copy\/01-strength\.aml \(line \d+, step \d+\): unknown state “share” of chart “strength”/);
	});
	it('names the file and line of a chart id the catalog does not have', () => {
		const { status, output } = buildWith('data/copy/02-income.aml', (t) => t.replace('chart: income', 'chart: incomes'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/data\/copy\/02-income\.aml \(line \d+\): unknown chart “incomes”/);
	});
	it('names the state whose caption is missing', () => {
		const { status, output } = buildWith('data/copy/03-record.aml', (t) => t.replace(/(state: reform\ntitle: [^\n]*\n)caption: [^\n]*\n/, '$1'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/data\/copy\/03-record\.aml \(line \d+\): state “reform” has no caption/);
	});
	it('names the interface word a slot was mistyped in', () => {
		const { status, output } = buildWith('data/copy/ui.aml', (t) => t.replace('qr_cta: 扫码阅读全文《{title}》', 'qr_cta: 扫码阅读全文《{titel}》'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/data\/copy\/ui\.aml \(line \d+\): “\{titel\}” is not a slot of “qr_cta”/);
	});
	it('stops `vite dev` too, with the same message', () => {
		const { status, output } = buildWith('data/copy/02-income.aml', (t) => t.replace('chart: income', 'chart: incomes'), 'dev');
		expect(status).toBe(1);
		expect(output).toMatch(/data\/copy\/02-income\.aml \(line 5\): unknown chart “incomes”/);
	});
	it('names data/map.json when a map label names a county the geometry does not have', () => {
		const { status, output } = buildWith('data/map.json', (t) => t.replace('"feature": "文水县"', '"feature": "文水"'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/data\/map\.json: label feature “文水” is not in the geometry/);
	});
	it('names the copy file and step of a map step with a view the map does not have', () => {
		const { status, output } = buildWith('data/copy/00-place.aml', (t) => t.replace('state: county', 'state: town'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/data\/copy\/00-place\.aml \(line \d+, step 3\): every step of a map names its view: province, city, county/);
	});
});
