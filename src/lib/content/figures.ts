import { figureSchema, type SourceFigure } from './schema.ts';
import { ContentError, lineOf } from './errors.ts';

/** The PDF extraction breaks lines mid-word and scatters spaces: compare text with all whitespace gone. */
export const squash = (s: string) => s.replace(/\s+/g, '');

function jsonSyntaxLine(raw: string, err: unknown): string {
	const m = /position (\d+)/.exec(String(err));
	return m ? `line ${raw.slice(0, Number(m[1])).split('\n').length}` : '';
}

/**
 * Parses and checks data/figures.json: shape, unique ids, and provenance (the quote is in the source, the
 * value is in the quote). Throws a ContentError naming the file, the line and id, and the problem.
 */
export function parseFigures(raw: string, file: string, sourceText: string): SourceFigure[] {
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch (err) {
		throw new ContentError(file, jsonSyntaxLine(raw, err), `not valid JSON: ${(err as Error).message}`);
	}
	if (!Array.isArray(data)) throw new ContentError(file, '', 'must be a JSON array of figures');

	const source = squash(sourceText);
	const seen = new Set<string>();
	return data.map((item, index) => {
		const id = typeof item?.id === 'string' ? item.id : undefined;
		const where = () => {
			const line = id ? lineOf(raw, `"${id}"`) : undefined;
			return [line ? `line ${line}` : `item ${index + 1}`, id ? `id "${id}"` : ''].filter(Boolean).join(', ');
		};
		const parsed = figureSchema.safeParse(item);
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			throw new ContentError(file, where(), `${issue.path.join('.') || 'figure'}: ${issue.message}`);
		}
		const fig = parsed.data;
		if (seen.has(fig.id)) throw new ContentError(file, where(), 'duplicate id');
		seen.add(fig.id);
		const quote = squash(fig.quote);
		if (!source.includes(quote)) throw new ContentError(file, where(), `quote not found in the source text: “${fig.quote}”`);
		if (!quote.includes(String(fig.value)))
			throw new ContentError(file, where(), `value ${fig.value} does not occur in its quote “${fig.quote}”`);
		return fig;
	});
}
