import { describe, expect, it } from 'vitest';
import { hostedPosition, type HostedLayout } from '../../src/lib/scrolly/hosted';

// A scrolly 1000 px down the iframe: a 300 px graphic, then three 400 px steps.
const layout: HostedLayout = { tops: [1300, 1700, 2100], bottoms: [1700, 2100, 2500], rootTop: 1000, rootHeight: 1500, graphicHeight: 300 };
const at = (top: number, height = 500) => hostedPosition(layout, { top, height }, 0.7);

describe('the hosted driver', () => {
	it('is on the first state while the trigger line is above the first step, and the graphic is not shifted', () => {
		expect(at(0)).toEqual({ active: 0, progress: 0, shift: 0 });
	});
	it('takes the step under the line, and how far the line is through it', () => {
		// line = 1600 + 350 = 1950: 250 px into the second step.
		expect(at(1600)).toMatchObject({ active: 1, progress: 0.625 });
	});
	it('stays on the last state below the last step', () => {
		expect(at(5000)).toMatchObject({ active: 2, progress: 1 });
	});
	it('keeps the graphic at the top of the host viewport, and no lower than the end of the scrolly', () => {
		expect(at(1600).shift).toBe(600);
		expect(at(5000).shift).toBe(1200);
	});
	it('follows a smaller viewport, as below a host top bar', () => {
		// The same top with 100 px less height puts the line 70 px higher: still in the first step.
		expect(at(1400, 500).active).toBe(1);
		expect(at(1400, 400).active).toBe(0);
	});
});
