/** Time carries the colour through every chart: the past slate, the present red, the future gold. */
export type Tone = 'past' | 'present' | 'future';

export function toneOfYear(year: number): Tone {
	return year <= 2015 ? 'past' : year <= 2020 ? 'present' : 'future';
}
