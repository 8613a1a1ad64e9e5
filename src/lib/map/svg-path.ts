/**
 * A d3-geo path context that writes SVG path data with relative moves and lines, in integers of 1/`scale`
 * of a unit (the path is drawn at scale(1/scale)): on a map of many short segments that is about half the
 * bytes of d3's absolute decimals. Points are rounded before taking differences, so rounding never
 * accumulates along a line.
 */
export class RelativePath {
	#d = '';
	#x = 0;
	#y = 0;
	/** Where the open subpath began: “z” returns there, and the next move is relative to it. */
	#x0 = 0;
	#y0 = 0;
	#scale: number;

	constructor(scale: number) {
		this.#scale = scale;
	}

	#num(n: number, lead: boolean): string {
		const s = String(n);
		return lead || n < 0 ? s : ` ${s}`;
	}

	#pair(dx: number, dy: number, lead: boolean) {
		return this.#num(dx, lead) + this.#num(dy, false);
	}

	#round(n: number) {
		return Math.round(n * this.#scale);
	}

	moveTo(x: number, y: number) {
		const rx = this.#round(x);
		const ry = this.#round(y);
		// A relative move: the first one is from the origin, and the pairs after it are relative lines.
		this.#d += `m${this.#pair(rx - this.#x, ry - this.#y, true)}`;
		this.#x = this.#x0 = rx;
		this.#y = this.#y0 = ry;
	}

	lineTo(x: number, y: number) {
		const rx = this.#round(x);
		const ry = this.#round(y);
		if (rx === this.#x && ry === this.#y) return;
		this.#d += this.#pair(rx - this.#x, ry - this.#y, false);
		this.#x = rx;
		this.#y = ry;
	}

	closePath() {
		this.#d += 'z';
		this.#x = this.#x0;
		this.#y = this.#y0;
	}

	/** geoPath calls these for points and around each feature; the map draws no points. */
	arc() {}
	beginPath() {}

	toString() {
		return this.#d;
	}
}
