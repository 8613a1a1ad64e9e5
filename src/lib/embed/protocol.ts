/**
 * What an embed and its host say to each other. Two dialects of the height message: pym.js 1.3's
 * (`pymxPYMx<id>xPYMx<type>xPYMx<value>`, so CMS plugins built on pym's Parent work unchanged) and a
 * plain JSON one. The host-viewport message is our loader's (static/embed.js).
 */
const PYM = 'xPYMx';

export function pymMessage(id: string, type: string, value: string | number): string {
	return ['pym', id, type, String(value)].join(PYM);
}

/** Parses a pym message addressed to `id`; anything else is null. */
export function parsePymMessage(data: unknown, id: string): { type: string; value: string } | null {
	if (typeof data !== 'string' || !data.startsWith('pym' + PYM)) return null;
	const parts = data.split(PYM);
	if (parts.length !== 4 || parts[1] !== id) return null;
	return { type: parts[2], value: parts[3] };
}

export interface SizeMessage {
	type: 'embed-size';
	id: string;
	height: number;
}

export const sizeMessage = (id: string, height: number): SizeMessage => ({ type: 'embed-size', id, height });

/** The loader tells the story where the host's viewport is, in the iframe's own coordinates. */
export interface HostViewportMessage {
	type: 'host-viewport';
	id: string;
	/** How far the host viewport's top is below the iframe's top (negative while the iframe is lower). */
	top: number;
	height: number;
}

export function isHostViewport(data: unknown, id: string): data is HostViewportMessage {
	if (typeof data !== 'object' || data === null) return false;
	const m = data as Record<string, unknown>;
	return (
		m.type === 'host-viewport' &&
		m.id === id &&
		typeof m.top === 'number' &&
		Number.isFinite(m.top) &&
		typeof m.height === 'number' &&
		Number.isFinite(m.height) &&
		m.height > 0
	);
}

/** An origin is accepted when none is configured, or when it is one of those configured. */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
	return allowed.length === 0 || allowed.includes(origin);
}
