import type { ParamMatcher } from '@sveltejs/kit';

// A chart id, never a file name: /share/card/strength.png is the image, not the page for a chart “strength.png”.
export const match: ParamMatcher = (param) => /^[a-z][a-z0-9]*$/.test(param);
