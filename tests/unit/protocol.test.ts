import { describe, expect, it } from 'vitest';
import { isHostViewport, originAllowed, parsePymMessage, pymMessage, sizeMessage } from '../../src/lib/embed/protocol';

describe('embed messages', () => {
	it('speaks pym.js 1.3: pym, id, type and value joined by xPYMx', () => {
		expect(pymMessage('chart', 'height', 812)).toBe('pymxPYMxchartxPYMxheightxPYMx812');
		// The regex pym's Parent matches its children's messages with (pym.v1.js, _makeMessageRegex).
		expect(/^pymxPYMxchartxPYMx(\S+)xPYMx(.*)$/.exec(pymMessage('chart', 'height', 812))?.slice(1)).toEqual(['height', '812']);
	});
	it('reads pym messages for its own id only', () => {
		expect(parsePymMessage('pymxPYMxchartxPYMxwidthxPYMx600', 'chart')).toEqual({ type: 'width', value: '600' });
		expect(parsePymMessage('pymxPYMxotherxPYMxwidthxPYMx600', 'chart')).toBeNull();
		expect(parsePymMessage({ type: 'width' }, 'chart')).toBeNull();
		expect(parsePymMessage('pymxPYMxchartxPYMxwidth', 'chart')).toBeNull();
	});
	it('sends a plain JSON size message too', () => {
		expect(sizeMessage('a', 100)).toEqual({ type: 'embed-size', id: 'a', height: 100 });
	});
	it('accepts only well-formed host-viewport messages for its id', () => {
		expect(isHostViewport({ type: 'host-viewport', id: 'a', top: 120, height: 740 }, 'a')).toBe(true);
		expect(isHostViewport({ type: 'host-viewport', id: 'b', top: 120, height: 740 }, 'a')).toBe(false);
		expect(isHostViewport({ type: 'host-viewport', id: 'a', top: '120', height: 740 }, 'a')).toBe(false);
		expect(isHostViewport({ type: 'host-viewport', id: 'a', top: 0, height: 0 }, 'a')).toBe(false);
		expect(isHostViewport({ type: 'host-viewport', id: 'a', top: Number.NaN, height: 740 }, 'a')).toBe(false);
		expect(isHostViewport('host-viewport', 'a')).toBe(false);
		expect(isHostViewport(null, 'a')).toBe(false);
	});
	it('checks origins only where some are configured', () => {
		expect(originAllowed('https://any.example', [])).toBe(true);
		expect(originAllowed('https://news.example', ['https://news.example'])).toBe(true);
		expect(originAllowed('https://evil.example', ['https://news.example'])).toBe(false);
	});
});
