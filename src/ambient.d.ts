declare module 'virtual:content' {
	const content: import('$lib/content/types').Content;
	export default content;
}

declare module 'archieml' {
	const archieml: { load(input: string, options?: { comments?: boolean }): Record<string, unknown> };
	export default archieml;
}
