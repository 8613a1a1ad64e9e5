import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir } from '../../scripts/processes.js';
import { buildIn, copyProject } from '../project-copy';

// The real build, on a copy of the project whose data/ an editor has broken.
const dir = copyProject('broken');
afterAll(() => removeDir(dir));

function buildWith(file: string, edit: (text: string) => string) {
	const path = join(dir, file);
	const original = readFileSync(path, 'utf8');
	writeFileSync(path, edit(original));
	try {
		return buildIn(dir, {}, { timeout: 120_000 });
	} finally {
		writeFileSync(path, original);
	}
}

// Each starts a real build: seconds, more than vitest's default 5 s timeout on a busy two-core machine.
describe('a broken data/ stops the build', { timeout: 60_000 }, () => {
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
	it('names data/map.json when a map label names a county the geometry does not have', () => {
		const { status, output } = buildWith('data/map.json', (t) => t.replace('"feature": "文水县"', '"feature": "文水"'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/data\/map\.json: label feature “文水” is not in the geometry/);
	});
	it('names the copy file and step of a map step with a view the map does not have', () => {
		const { status, output } = buildWith('data/copy/00-place.aml', (t) => t.replace('state: county', 'state: town'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/data\/copy\/00-place\.aml \(step 3\): every step of a map names its view: province, city, county/);
	});
});
