import ui from 'virtual:ui';

/**
 * The reader's interface words (data/copy/ui.aml, validated at build), for the components that say them. A
 * module of its own, so the page carries these few words without the story's content; the embed index and the
 * share pages have theirs in pages-words.ts, and a chart's own words come with the chart's code
 * (charts/frame/chart-words.ts).
 */
export { ui };
