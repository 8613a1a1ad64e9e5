/** The chart state of each step: its own, or the last one named before it (the first named, before any). */
export function stepStates(steps: readonly { state?: string }[]): string[] {
	const first = steps.find((s) => s.state)?.state ?? '';
	const out: string[] = [];
	steps.forEach((s, i) => out.push(s.state ?? out[i - 1] ?? first));
	return out;
}

/** A step's focus: the keys of the chart elements it is about, from copy's comma-separated `focus:` (、，, allowed). */
export function focusKeys(focus: string | undefined): string[] {
	return (focus ?? '')
		.split(/[,，、]/)
		.map((k) => k.trim())
		.filter(Boolean);
}
