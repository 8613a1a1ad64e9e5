/**
 * The one number formatter of the story. Chinese conventions: the unit follows the number with no
 * space (84.9亿元, 2.8万人, 25142元, 71.5%), no thousands separators, and ratios read 2.05:1.
 */
export interface Formattable {
	value: number;
	unit: string;
	/** Fixed decimals for computed values; source values keep the digits the report printed. */
	digits?: number;
}

export function formatNumber(value: number, digits?: number): string {
	const text = digits === undefined ? String(value) : value.toFixed(digits);
	// toFixed can print "-0.0"; a reader should never see a signed zero.
	return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

export function formatFigure(f: Formattable): string {
	return formatNumber(f.value, f.digits) + f.unit;
}

/** A change with its sign, for chart labels: +71.5%. */
export function formatSigned(f: Formattable): string {
	const text = formatFigure(f);
	return f.value > 0 ? `+${text}` : text;
}

/** A number computed from the report's numbers: read as approximate (约49.5亿元), never as a reported fact. */
export const APPROX = '约';

export function formatDerived(f: Formattable & { kind?: string }, signed = false): string {
	const text = signed ? formatSigned(f) : formatFigure(f);
	return f.kind === 'derived' ? `${APPROX}${text}` : text;
}

/** Units that count people or things one by one; anything else (亿元, 公里, 万亩, %) is not a count. */
export const COUNT_UNITS = new Set(['人', '名', '户', '个', '项', '件', '座', '所', '处', '条', '台']);
export const PEOPLE_UNITS = new Set(['人', '名']);
const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Splits 万/亿 off a unit: 万人 → 人 × 10000. */
export function baseUnit(unit: string): { base: string; multiplier: number } {
	const m = /^(万|亿)(.+)$/.exec(unit);
	return m ? { base: m[2], multiplier: MULTIPLIERS[m[1]] } : { base: unit, multiplier: 1 };
}

/** 1000 → 1000, 10000 → 1万: a scale reads the Chinese way. */
export function scaleLabel(per: number): string {
	return per >= 1e4 ? `${formatNumber(per / 1e4)}万` : formatNumber(per);
}
