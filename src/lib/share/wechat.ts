import type { ShareConfig } from './config';
import { JS_API_LIST, isWechat, parseSignature, signatureRequest, urlToSign, wechatCard, type WechatCard, type WechatSignature } from './wechat-protocol';

type Share = (card: WechatCard) => void;

/** The part of WeChat's `wx` the card needs; a host's own `wx` needs only `ready` and the share calls. */
interface Wx {
	config(options: WechatSignature & { debug: boolean; jsApiList: string[] }): void;
	ready(callback: () => void): void;
	error(callback: (res: { errMsg?: string }) => void): void;
	updateAppMessageShareData?: Share;
	updateTimelineShareData?: Share;
	onMenuShareAppMessage?: Share;
	onMenuShareTimeline?: Share;
}

type Host = Window & { JiaochengShare?: unknown; wx?: unknown };

// Whatever goes wrong, the story reads on: the card falls back to the page's meta tags.
const warn = (why: unknown) => console.warn('Story: WeChat share card not set:', why instanceof Error ? why.message : why);

const setting = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim();

function setCard(wx: Wx, card: WechatCard) {
	try {
		(wx.updateAppMessageShareData ?? wx.onMenuShareAppMessage)?.call(wx, card);
		(wx.updateTimelineShareData ?? wx.onMenuShareTimeline)?.call(wx, card);
	} catch (e) {
		warn(e);
	}
}

function loadSdk(src: string): Promise<Wx> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => {
			const wx = (window as Host).wx as Wx | undefined;
			if (typeof wx?.config === 'function') resolve(wx);
			else reject(new Error(`${src} defined no wx`));
		};
		script.onerror = () => reject(new Error(`could not load ${src}`));
		document.head.append(script);
	});
}

async function sign(endpoint: string): Promise<WechatSignature> {
	const res = await fetch(signatureRequest(endpoint, urlToSign(location.href), document.baseURI));
	if (!res.ok) throw new Error(`signing endpoint answered ${res.status}`);
	return parseSignature(await res.json());
}

/**
 * Sets WeChat's share card from the page's share config, only in WeChat and only in the top window (an
 * embedding page owns its own card). A host's `wx`, given through `JiaochengShare.push(wx)` before or after
 * this runs, is used as it is; otherwise, with a signing endpoint configured, the SDK is loaded and configured.
 */
export function initWechatShare(share: ShareConfig): void {
	if (!isWechat(navigator.userAgent) || window.top !== window.self) return;
	const card = wechatCard(share);
	const host = window as Host;
	// Runs inside the story's start and inside the host's own script: a throwing wx must reach neither.
	const useHostWx = (wx: unknown) => {
		try {
			if (typeof (wx as Wx | undefined)?.ready === 'function') (wx as Wx).ready(() => setCard(wx as Wx, card));
			else warn('JiaochengShare.push was given no wx');
		} catch (e) {
			warn(e);
		}
	};
	const queued = Array.isArray(host.JiaochengShare) ? host.JiaochengShare : [];
	host.JiaochengShare = { push: useHostWx };
	if (queued.length) return queued.forEach(useHostWx);

	const endpoint = setting('wechat-signature-url') || __WECHAT_SIGNATURE_URL__;
	if (!endpoint) return;
	Promise.all([sign(endpoint), loadSdk(setting('wechat-sdk-url') || __WECHAT_SDK_URL__)])
		.then(([signature, wx]) => {
			wx.config({ debug: false, ...signature, jsApiList: JS_API_LIST });
			wx.ready(() => setCard(wx, card));
			wx.error((res) => warn(`wx.config failed: ${res.errMsg}`));
		})
		.catch(warn);
}
