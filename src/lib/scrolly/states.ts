/** The chart state of each step: its own, or the last one named before it (the first named, before any). */
export function stepStates(steps: readonly { state?: string }[]): string[] {
	const first = steps.find((s) => s.state)?.state ?? '';
	const out: string[] = [];
	steps.forEach((s, i) => out.push(s.state ?? out[i - 1] ?? first));
	return out;
}
