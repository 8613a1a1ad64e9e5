/**
 * Time carries the colour through every chart: the past slate, the present red, the future gold; `ink` for
 * what belongs to no one year (the five years' totals).
 */
export type Tone = 'past' | 'present' | 'future' | 'ink';

export function toneOfYear(year: number): Tone {
	return year <= 2015 ? 'past' : year <= 2020 ? 'present' : 'future';
}
