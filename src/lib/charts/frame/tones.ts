/**
 * Time carries the colour through every chart: the past slate, the present red (2020, and the five years'
 * totals it closes), the future gold; `ink` for what belongs to no one year.
 */
export type Tone = 'past' | 'present' | 'future' | 'ink';

export function toneOfYear(year: number): Tone {
	return year <= 2015 ? 'past' : year <= 2020 ? 'present' : 'future';
}
