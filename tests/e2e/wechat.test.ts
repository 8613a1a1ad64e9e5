// WeChat's share card (src/lib/share/wechat.ts, README "Sharing on WeChat") in Chromium with WeChat's user
// agent. WeChat's SDK and a host's signing endpoint are stubs answered by page.route; the stub `wx` records
// every call. Signing set at run time comes from a <meta> put into the served HTML; set at build time, from
// a second build that also has the strict Content-Security-Policy on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';
import { hostUrl, openPage, siteUrl, type Watched } from './browser';
import { buildVariant, metaPolicy, removeVariant } from './build-variant';
import { cspRecorderScript } from './robustness-helpers';
import { scrollToStep } from './scroll';

const WECHAT_UA =
	'Mozilla/5.0 (Linux; Android 10; MI 8 Build/QKQ1.190828.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.62 XWEB/2693 MMWEBSDK/201201 Mobile Safari/537.36 MMWEBID/3417 MicroMessenger/8.0.1.1841(0x2800015D) Process/tools WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
const SDK = 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js';
const ENDPOINT = 'https://sign.example.test/wx/sign?site=jc';
const JS_API_LIST = ['updateAppMessageShareData', 'updateTimelineShareData', 'onMenuShareAppMessage', 'onMenuShareTimeline'];
const ANSWER = { appId: 'wx0123456789abcdef', timestamp: 1614556800, nonceStr: 'Wm3WZYTPz0wzccnW', signature: '0f9de62fce790f9a083d5c99e95740ceb90c27ed' };
const WARNING = /^Story: WeChat share card not set:/;

// A stand-in for WeChat's `wx`: `modern` has both share APIs as jweixin 1.6 does, `legacy` only the old pair
// (clients before 6.7.2), `failing` calls wx.error as a bad signature would, `host` is already configured
// (a host's own). Like the real SDK, a configured one reports to open.weixin.qq.com with an image.
const STUB_WX = `
window.__wx = { calls: [] };
window.__uncaught = [];
addEventListener('error', function (e) { __uncaught.push('error: ' + e.message); });
addEventListener('unhandledrejection', function (e) { __uncaught.push('rejection: ' + e.reason); });
window.__makeWx = function (kind) {
	var log = function (name, arg) { __wx.calls.push(arg === undefined ? [name] : [name, JSON.parse(JSON.stringify(arg))]); };
	var state = kind === 'host' ? 1 : 0, readies = [], errors = [];
	var wx = {
		config: function (options) {
			log('config', options);
			setTimeout(function () {
				if (kind === 'failing') { state = -1; errors.forEach(function (f) { f({ errMsg: 'config:invalid signature' }); }); return; }
				state = 1;
				readies.forEach(function (f) { f(); });
				new Image().src = 'https://open.weixin.qq.com/sdk/report?v=1&a=' + options.appId;
			}, 20);
		},
		ready: function (f) { if (state === 1) f(); else readies.push(f); },
		error: function (f) { if (state === -1) f({ errMsg: 'config:invalid signature' }); else errors.push(f); }
	};
	var calls = kind === 'legacy' ? ['onMenuShareAppMessage', 'onMenuShareTimeline'] : ['updateAppMessageShareData', 'updateTimelineShareData', 'onMenuShareAppMessage', 'onMenuShareTimeline'];
	calls.forEach(function (name) { wx[name] = function (card) { log(name, card); }; });
	return wx;
};`;

type Answer = { status: number; body: string };

interface Stubs {
	userAgent?: string;
	/** <meta name> → content, put into every story page's HTML. */
	meta?: Record<string, string>;
	answer?: Answer;
	sdk?: 'modern' | 'legacy' | 'failing' | 'unreachable';
	/** Where the stub SDK is served. */
	sdkUrl?: string;
	path?: string;
	initScript?: string;
}

interface WechatPage extends Watched {
	signing: Request[];
	/** Requests for the SDK. */
	sdk: string[];
}

const json = (body: unknown, status = 200): Answer => ({ status, body: JSON.stringify(body) });

async function openWechat({ userAgent = WECHAT_UA, meta = {}, answer = json(ANSWER), sdk = 'modern', sdkUrl = SDK, path = '', initScript = '' }: Stubs): Promise<WechatPage> {
	const signing: Request[] = [];
	const sdkRequests: string[] = [];
	const stubs = async (page: Page) => {
		const tags = Object.entries(meta).map(([name, content]) => `<meta name="${name}" content="${content}">`).join('');
		await page.route('**/*', async (route) => {
			if (route.request().resourceType() !== 'document' || !route.request().url().startsWith(siteUrl()) || !tags) return route.fallback();
			const response = await route.fetch();
			await route.fulfill({ response, body: (await response.text()).replace('</head>', `${tags}</head>`) });
		});
		await page.route(sdkUrl, (route) => {
			sdkRequests.push(route.request().url());
			if (sdk === 'unreachable') return route.abort('connectionrefused');
			return route.fulfill({ contentType: 'text/javascript', body: `window.wx = __makeWx(${JSON.stringify(sdk)});` });
		});
		// A credentialed request would fail here: CORS refuses `*` with credentials.
		await page.route(`${new URL(ENDPOINT).origin}/**`, (route) => {
			signing.push(route.request());
			return route.fulfill({ status: answer.status, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: answer.body });
		});
		await page.route('https://open.weixin.qq.com/**', (route) => route.fulfill({ status: 204 }));
	};
	const w = await openPage({ userAgent, reducedMotion: 'reduce' }, path, `${STUB_WX}\n${initScript}`, stubs);
	return { ...w, signing, sdk: sdkRequests };
}

const calls = (w: Watched) => w.page.evaluate(() => (window as unknown as { __wx: { calls: [string, unknown?][] } }).__wx.calls);
const shareCalls = async (w: Watched) => (await calls(w)).filter(([name]) => name !== 'config');

/** The card every other platform reads, from the page's meta tags: the same share config WeChat's card must carry. */
async function metaCard(page: Page) {
	const card = await page.evaluate(() => {
		const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content');
		return { title: meta('meta[property="og:title"]'), desc: meta('meta[property="og:description"]'), link: meta('meta[property="og:url"]'), imgUrl: meta('meta[itemprop="image"]') };
	});
	expect(card.title).toBe(await page.title());
	expect(card.desc).toBeTruthy();
	expect(card.link).toMatch(/^https?:\/\//);
	expect(card.imgUrl).toMatch(/^https?:\/\/.*\.jpg$/);
	return card;
}

/** The story reads on: hydrated, a step activates, nothing thrown or rejected. */
async function storyWorks(w: Watched) {
	await scrollToStep(w.page, 'strength', 1);
	// Chromium logs a failed request (the 500, the refused SDK) itself; that is not the page's error.
	expect(w.errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
	expect(await w.page.evaluate(() => (window as unknown as { __uncaught: string[] }).__uncaught)).toEqual([]);
}

/** Nothing asked of WeChat or any endpoint, after the story has hydrated (when the hook runs). */
async function askedNothing(w: WechatPage) {
	await storyWorks(w);
	await w.page.waitForTimeout(300);
	expect(w.signing.map((r) => r.url())).toEqual([]);
	expect(w.sdk).toEqual([]);
	expect(w.foreign).toEqual([]);
	expect(await calls(w)).toEqual([]);
	expect(w.warnings).toEqual([]);
}

const configured = { 'wechat-signature-url': ENDPOINT };

describe('in WeChat, with a signing endpoint set in the page', () => {
	it('signs the URL without its hash, configures wx with exactly the answer, and sets both cards from the share config', async () => {
		const w = await openWechat({ meta: configured, path: '?from=singlemessage#income' });
		await expect.poll(() => shareCalls(w)).toHaveLength(2);
		expect(w.signing).toHaveLength(1);
		const asked = new URL(w.signing[0].url());
		expect(w.signing[0].method()).toBe('GET');
		expect(asked.origin + asked.pathname).toBe('https://sign.example.test/wx/sign');
		expect(asked.searchParams.get('site')).toBe('jc');
		expect(asked.searchParams.get('url')).toBe(new URL('?from=singlemessage', siteUrl()).href);
		const card = await metaCard(w.page);
		expect(await calls(w)).toEqual([
			['config', { debug: false, ...ANSWER, jsApiList: JS_API_LIST }],
			['updateAppMessageShareData', card],
			['updateTimelineShareData', card]
		]);
		expect(w.sdk).toHaveLength(1);
		expect(w.warnings).toEqual([]);
		await storyWorks(w);
		await w.close();
	});

	it('falls back to onMenuShareAppMessage / onMenuShareTimeline where the new calls are missing, timestamp passed as sent', async () => {
		const answer = { ...ANSWER, timestamp: '1614556800' };
		const w = await openWechat({ meta: configured, sdk: 'legacy', answer: json(answer) });
		await expect.poll(() => shareCalls(w)).toHaveLength(2);
		const card = await metaCard(w.page);
		expect(await calls(w)).toEqual([
			['config', { debug: false, ...answer, jsApiList: JS_API_LIST }],
			['onMenuShareAppMessage', card],
			['onMenuShareTimeline', card]
		]);
		expect(w.warnings).toEqual([]);
		await w.close();
	});

	it('takes the SDK from <meta name="wechat-sdk-url">', async () => {
		const sdkUrl = 'https://sdk.example.test/jweixin.js';
		const w = await openWechat({ meta: { ...configured, 'wechat-sdk-url': sdkUrl }, sdkUrl });
		await expect.poll(() => shareCalls(w)).toHaveLength(2);
		expect(w.sdk).toHaveLength(1);
		expect(w.foreign.filter((u) => u.startsWith('https://res.wx.qq.com/'))).toEqual([]);
		await w.close();
	});
});

describe('in WeChat, with the host’s own wx', () => {
	it('pushed before the story starts: sets both cards through it, asks no endpoint and loads no SDK', async () => {
		const host = 'window.JiaochengShare = window.JiaochengShare || []; JiaochengShare.push(__makeWx("host"));';
		const w = await openWechat({ meta: configured, initScript: host });
		await expect.poll(() => shareCalls(w)).toHaveLength(2);
		const card = await metaCard(w.page);
		expect(await calls(w)).toEqual([
			['updateAppMessageShareData', card],
			['updateTimelineShareData', card]
		]);
		await w.page.waitForTimeout(300);
		expect(w.signing).toEqual([]);
		expect(w.sdk).toEqual([]);
		expect(w.warnings).toEqual([]);
		await w.close();
	});

	it('pushed after the story has started: applied at once', async () => {
		const w = await openWechat({});
		await storyWorks(w);
		const card = await metaCard(w.page);
		const set = await w.page.evaluate(() => {
			const host = window as unknown as { JiaochengShare: { push(wx: unknown): void }; __makeWx(kind: string): unknown; __wx: { calls: unknown[] } };
			host.JiaochengShare.push(host.__makeWx('host'));
			return host.__wx.calls;
		});
		expect(set).toEqual([
			['updateAppMessageShareData', card],
			['updateTimelineShareData', card]
		]);
		expect(w.foreign).toEqual([]);
		await w.close();
	});

	it('that throws: one warning, the story unharmed', async () => {
		const host = 'window.JiaochengShare = [{ ready: function () { throw new Error("host wx broken"); } }];';
		const w = await openWechat({ initScript: host });
		await storyWorks(w);
		// The card's code loads after the story starts (WeChat's readers only): its warning comes when it runs.
		await expect.poll(() => w.warnings.length).toBe(1);
		expect(w.warnings[0]).toMatch(WARNING);
		await w.close();
	});
});

describe('nothing is loaded or asked', () => {
	it('outside WeChat, though configured', async () => {
		const w = await openWechat({ userAgent: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36', meta: configured });
		await askedNothing(w);
		await w.close();
	});

	it('in WeChat, unconfigured (the site as built)', async () => {
		const w = await openWechat({});
		await askedNothing(w);
		await w.close();
	});

	it('in WeChat and configured, but framed in another page', async () => {
		const host = `${hostUrl()}plain.html?story=${encodeURIComponent(siteUrl())}`;
		const w = await openWechat({ meta: configured, path: host });
		const frame = () => w.page.frames().find((f) => f.url().startsWith(siteUrl()));
		await expect.poll(() => frame()?.evaluate(() => document.documentElement.classList.contains('in-frame'))).toBe(true);
		await w.page.waitForTimeout(300);
		expect(w.signing).toEqual([]);
		expect(w.sdk).toEqual([]);
		expect(w.foreign.filter((u) => !u.startsWith(new URL(host).origin))).toEqual([]);
		expect(w.warnings).toEqual([]);
		await w.close();
	});
});

describe('when signing fails, the story reads on with one warning', () => {
	const cases: [string, Stubs][] = [
		['the endpoint answers 500', { answer: { status: 500, body: '{"error":"down"}' } }],
		['the endpoint answers something not JSON', { answer: { status: 200, body: '<html>502 Bad Gateway</html>' } }],
		['the endpoint answers JSON of another shape', { answer: json({ appId: ANSWER.appId, signature: ANSWER.signature }) }],
		['the SDK does not load', { sdk: 'unreachable' }],
		['wx.config fails (wx.error)', { sdk: 'failing' }]
	];
	for (const [what, stubs] of cases) {
		it(what, async () => {
			const w = await openWechat({ meta: configured, ...stubs });
			await expect.poll(() => w.warnings).toHaveLength(1);
			expect(w.warnings[0]).toMatch(WARNING);
			await storyWorks(w);
			expect((await calls(w)).filter(([name]) => name !== 'config')).toEqual([]);
			await w.page.waitForTimeout(300);
			expect(w.warnings).toHaveLength(1);
			await w.close();
		});
	}
});

describe('signing set at build time, under the strict Content-Security-Policy', () => {
	let dir: string;
	let site: { url: string; close(): Promise<unknown> };
	let policy: string;
	beforeAll(async () => {
		dir = buildVariant('wechat', { STORY_CSP: '1', WECHAT_SIGNATURE_URL: ENDPOINT });
		policy = metaPolicy(readFileSync(join(dir, 'index.html'), 'utf8'))!;
		site = await serve({ dir, port: 0, headers: { 'content-security-policy': policy } });
	}, 180_000);
	afterAll(async () => {
		await site?.close();
		if (dir) removeVariant(dir);
	});

	it('lets in the SDK, its report and the endpoint, and nothing else more', () => {
		expect(policy).toMatch(/script-src 'self' https:\/\/res\.wx\.qq\.com 'sha256-[^']+';/);
		expect(policy).toContain("connect-src 'self' https://sign.example.test;");
		expect(policy).toContain("img-src 'self' data: https://open.weixin.qq.com;");
	});

	it('sets the card with no meta tag in the page, and no violation', async () => {
		const w = await openWechat({ path: `${site.url}#income`, initScript: cspRecorderScript });
		await expect.poll(() => shareCalls(w)).toHaveLength(2);
		expect(w.signing.map((r) => new URL(r.url()).searchParams.get('url'))).toEqual([site.url]);
		expect((await calls(w))[0]).toEqual(['config', { debug: false, ...ANSWER, jsApiList: JS_API_LIST }]);
		await storyWorks(w);
		await expect.poll(() => w.foreign.some((u) => u.startsWith('https://open.weixin.qq.com/sdk/report'))).toBe(true);
		expect(await w.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
		expect(w.warnings).toEqual([]);
		await w.close();
	});
});
