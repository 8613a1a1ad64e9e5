import pagesUi from 'virtual:ui-pages';

/** The embed index's and the share pages' words (data/copy/ui.aml): only those pages carry them. */
export { pagesUi };
