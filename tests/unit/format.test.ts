import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber, formatSigned } from '../../src/lib/content/format';

describe('Chinese number formatter', () => {
	it('keeps the digits the report printed and puts the unit right after', () => {
		expect(formatFigure({ value: 84.9, unit: '亿元' })).toBe('84.9亿元');
		expect(formatFigure({ value: 2.8, unit: '万人' })).toBe('2.8万人');
		expect(formatFigure({ value: 25142, unit: '元' })).toBe('25142元');
		expect(formatFigure({ value: 71.5, unit: '%' })).toBe('71.5%');
	});
	it('rounds computed values to fixed digits, without thousands separators', () => {
		expect(formatFigure({ value: 18693.31, unit: '元', digits: 0 })).toBe('18693元');
		expect(formatFigure({ value: 49.504, unit: '亿元', digits: 1 })).toBe('49.5亿元');
		expect(formatFigure({ value: 2.0499, unit: ':1', digits: 2 })).toBe('2.05:1');
	});
	it('never prints a signed zero', () => {
		expect(formatNumber(-0.01, 1)).toBe('0.0');
	});
	it('signs changes for chart labels', () => {
		expect(formatSigned({ value: 104, unit: '%' })).toBe('+104%');
		expect(formatSigned({ value: -3, unit: '%' })).toBe('-3%');
	});
});
