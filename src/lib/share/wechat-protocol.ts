import type { ShareConfig } from './config';

/** The signing endpoint's answer: what wx.config needs beside debug and jsApiList (README, "Sharing on WeChat"). */
export interface WechatSignature {
	appId: string;
	/** Seconds since 1970; servers in the wild send it as a number or as a string of digits. */
	timestamp: number | string;
	nonceStr: string;
	signature: string;
}

/** The card as both WeChat share calls, new and legacy, take it. */
export interface WechatCard {
	title: string;
	desc: string;
	link: string;
	imgUrl: string;
}

// The legacy pair stays in the list: WeChat clients older than 6.7.2 have only those.
export const JS_API_LIST = ['updateAppMessageShareData', 'updateTimelineShareData', 'onMenuShareAppMessage', 'onMenuShareTimeline'];

export const isWechat = (userAgent: string) => /MicroMessenger\//i.test(userAgent);

/** WeChat checks the signature against the page's URL up to, not including, its hash. */
export const urlToSign = (href: string) => href.split('#')[0];

/** GET <endpoint>?url=<page URL>; a relative endpoint is read against the page. */
export function signatureRequest(endpoint: string, pageUrl: string, base: string): string {
	const url = new URL(endpoint, base);
	url.searchParams.set('url', pageUrl);
	return url.href;
}

const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** The endpoint's JSON, checked; only the four fields go on to wx.config. Throws on any other shape. */
export function parseSignature(body: unknown): WechatSignature {
	if (typeof body !== 'object' || body === null) throw new Error('signing endpoint answered no JSON object');
	const { appId, timestamp, nonceStr, signature } = body as Record<string, unknown>;
	const time = (typeof timestamp === 'number' && Number.isInteger(timestamp) && timestamp > 0) || (typeof timestamp === 'string' && /^\d+$/.test(timestamp));
	if (!text(appId) || !time || !text(nonceStr) || !text(signature))
		throw new Error('signing endpoint answered without appId, timestamp, nonceStr and signature');
	return { appId, timestamp: timestamp as number | string, nonceStr, signature };
}

export const wechatCard = (share: ShareConfig): WechatCard => ({ title: share.title, desc: share.description, link: share.link, imgUrl: share.thumb });
