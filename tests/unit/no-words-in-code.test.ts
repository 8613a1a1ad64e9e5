import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every word a reader sees lives in data/, where an editor can change it and the build checks it. Code may
// carry Chinese only in comments, and in the one number formatter (its units: 万, 亿, 人, 约 …).
const FORMATTER = 'src/lib/content/format.ts';
const HAN = /\p{Script=Han}/u;

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|js|svelte|html|css)$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** The code of a file with its comments blanked (line breaks kept, so lines still count). */
function withoutComments(text: string): string {
	const blank = (s: string) => s.replace(/[^\n]/g, ' ');
	return text
		.replace(/<!--[\s\S]*?-->/g, blank)
		.replace(/\/\*[\s\S]*?\*\//g, blank)
		.replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (m, before: string) => before + blank(m.slice(before.length)));
}

function chineseLines(text: string): string[] {
	return withoutComments(text)
		.split('\n')
		.flatMap((line, i) => (HAN.test(line) ? [`${i + 1}: ${line.trim()}`] : []));
}

describe('code types no Chinese a reader sees', () => {
	it('finds Chinese in code and not in comments', () => {
		expect(chineseLines("const a = 1; // 注释\n/* 说明\n多行 */\nconst b = '分享';\n<!-- 说明 -->")).toEqual(["4: const b = '分享';"]);
		expect(chineseLines("const url = 'https://example.com/'; const c = '关闭';")).toHaveLength(1);
	});
	it('holds for every file under src/ but the formatter', () => {
		const found = files('src')
			.filter((f) => f !== FORMATTER)
			.flatMap((f) => chineseLines(readFileSync(f, 'utf8')).map((l) => `${f}:${l}`));
		expect(found).toEqual([]);
	});
});
