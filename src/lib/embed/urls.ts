import { base } from '$app/paths';

/** The story's absolute URL from the configured origin: the same on the server, in a frame, anywhere. */
export const storyUrl = `${__STORY_ORIGIN__}${base}/`;
