import { describe, expect, it } from 'vitest';
import { isWechat, parseSignature, signatureRequest, urlToSign, wechatCard } from '../../src/lib/share/wechat-protocol';
import { wechatCspSources } from '../../story.config.js';

const ANDROID_WECHAT =
	'Mozilla/5.0 (Linux; Android 10; MI 8 Build/QKQ1.190828.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.62 XWEB/2693 MMWEBSDK/201201 Mobile Safari/537.36 MMWEBID/3417 MicroMessenger/8.0.1.1841(0x2800015D) Process/tools WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
const IOS_WECHAT =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 14_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.2(0x18000236) NetType/WIFI Language/zh_CN';
const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';

describe('WeChat share hook, pure parts', () => {
	it('knows WeChat by its user agent', () => {
		expect(isWechat(ANDROID_WECHAT)).toBe(true);
		expect(isWechat(IOS_WECHAT)).toBe(true);
		expect(isWechat(ANDROID_CHROME)).toBe(false);
		expect(isWechat('')).toBe(false);
	});

	it('signs the page URL without its hash, query kept', () => {
		expect(urlToSign('https://news.example/2021/jiaocheng/?from=timeline&isappinstalled=0#income')).toBe('https://news.example/2021/jiaocheng/?from=timeline&isappinstalled=0');
		expect(urlToSign('https://news.example/a/')).toBe('https://news.example/a/');
		expect(urlToSign('https://news.example/a/#x#y')).toBe('https://news.example/a/');
	});

	it('asks GET <endpoint>?url=<page URL>, encoded, keeping the endpoint’s own query', () => {
		const page = 'https://news.example/a/?from=timeline&x=1';
		const asked = new URL(signatureRequest('https://api.example/wx/sign', page, 'https://news.example/a/'));
		expect(asked.origin + asked.pathname).toBe('https://api.example/wx/sign');
		expect(asked.searchParams.get('url')).toBe(page);
		expect(asked.search).not.toContain('&x=1');
		const withKey = new URL(signatureRequest('https://api.example/sign?site=jc', page, 'https://news.example/a/'));
		expect([...withKey.searchParams]).toEqual([
			['site', 'jc'],
			['url', page]
		]);
		expect(signatureRequest('/wx/sign', page, 'https://news.example/a/')).toBe(`https://news.example/wx/sign?url=${encodeURIComponent(page)}`);
	});

	const good = { appId: 'wx0123456789abcdef', timestamp: 1614556800, nonceStr: 'Wm3WZYTPz0wzccnW', signature: '0f9de62fce790f9a083d5c99e95740ceb90c27ed' };

	it('accepts the four fields, timestamp as a number or a string of digits, and keeps only them', () => {
		expect(parseSignature(good)).toEqual(good);
		expect(parseSignature({ ...good, timestamp: '1614556800' })).toEqual({ ...good, timestamp: '1614556800' });
		expect(parseSignature({ ...good, jsApiList: ['x'], debug: true })).toEqual(good);
	});

	it('refuses any other shape', () => {
		for (const bad of [null, 'ok', [good], {}, { ...good, appId: '' }, { ...good, appId: 1 }, { ...good, nonceStr: undefined }, { ...good, signature: null }])
			expect(() => parseSignature(bad), JSON.stringify(bad)).toThrow();
		for (const timestamp of [undefined, '', '16145x', -1, 0, 1.5, Number.NaN, '1614556800.5', true])
			expect(() => parseSignature({ ...good, timestamp }), String(timestamp)).toThrow();
	});

	it('makes the card from the share config: thumbnail as picture', () => {
		const share = { title: 'T', description: 'D', link: 'https://x/a/', image: { url: 'https://x/card.png', width: 1200, height: 630, alt: 'T' }, thumb: 'https://x/thumb.jpg' };
		expect(wechatCard(share)).toEqual({ title: 'T', desc: 'D', link: 'https://x/a/', imgUrl: 'https://x/thumb.jpg' });
	});

	it('widens the strict policy only for signing set at build time', () => {
		expect(wechatCspSources('', 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js')).toEqual({ script: [], connect: [], img: [] });
		expect(wechatCspSources('https://api.example/wx/sign?site=jc', 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js')).toEqual({
			script: ['https://res.wx.qq.com'],
			connect: ['https://api.example'],
			img: ['https://open.weixin.qq.com']
		});
	});
});
