declare module 'virtual:content' {
	const content: import('$lib/content/types').Content;
	export default content;
}

declare module 'archieml' {
	const archieml: { load(input: string, options?: { comments?: boolean }): Record<string, unknown> };
	export default archieml;
}

/** Origins allowed to send messages to an embed (build-time EMBED_ORIGINS, comma-separated). */
declare const __EMBED_ORIGINS__: string[];

/** The public origin the story is deployed at (build-time PUBLIC_ORIGIN), for absolute URLs. */
declare const __STORY_ORIGIN__: string;

/** WeChat's signing endpoint and JS-SDK, set at build time (WECHAT_SIGNATURE_URL, WECHAT_SDK_URL); meta tags override. */
declare const __WECHAT_SIGNATURE_URL__: string;
declare const __WECHAT_SDK_URL__: string;

declare module 'virtual:ui' {
	const ui: import('$lib/content/ui').ReaderUi;
	export default ui;
}

declare module 'virtual:ui-pages' {
	const ui: import('$lib/content/ui').PagesUi;
	export default ui;
}

/** The words of the charts one view draws (view-of.ts), by chart id. */
declare module 'virtual:chart-words/*' {
	const charts: import('$lib/content/types').Words['charts'];
	export default charts;
}
