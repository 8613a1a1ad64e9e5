import type { ParamMatcher } from '@sveltejs/kit';

// A step number, never a file name: /share/poster/strength/3.png is the image, not the page for a step “3.png”.
export const match: ParamMatcher = (param) => /^[1-9][0-9]*$/.test(param);
