import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { pagesWords, readerWords } from '../../src/lib/content/ui';

const { ui } = loadContent('data');

describe('which bundle carries which interface word', () => {
	it('gives the reader neither the build-time labels of derived figures nor the editors’ pages’ words', () => {
		const reader = Object.keys(readerWords(ui));
		expect(reader).toContain('share');
		expect(reader).toContain('link_embeds');
		expect(reader.filter((k) => /^(derived|embed|page|qr)_/.test(k))).toEqual([]);
	});
	it('gives the embed index and the share pages theirs, and loses no word a browser needs', () => {
		const pages = Object.keys(pagesWords(ui));
		expect(pages).toContain('embed_heading');
		expect(pages).toContain('qr_cta');
		const browser = new Set([...Object.keys(readerWords(ui)), ...pages]);
		expect(Object.keys(ui).filter((k) => !browser.has(k))).toEqual(Object.keys(ui).filter((k) => k.startsWith('derived_')));
	});
});
