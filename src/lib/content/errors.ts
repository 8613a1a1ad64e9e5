/** A problem in data/ that must stop the build; the message names the file and where. */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly where: string,
		readonly problem: string
	) {
		super(`${file}${where ? ` (${where})` : ''}: ${problem}`);
		this.name = 'ContentError';
	}
}

/** 1-based line of the first occurrence of `needle` in `text`, or undefined. */
export function lineOf(text: string, needle: string): number | undefined {
	const at = text.indexOf(needle);
	return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}
