import ui from 'virtual:ui';

/**
 * The interface's words (data/copy/ui.aml, validated at build), for the components that say them. A module
 * of its own, so the page carries these few words without the story's content; a chart's own words come
 * with the chart's code (charts/frame/chart-words.ts).
 */
export { ui };
