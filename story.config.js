// Where the story is deployed, set at build time; one place for the build and the tests to read it.
//   BASE_PATH=/2021/jiaocheng PUBLIC_ORIGIN=https://news.example.com npm run build
export const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
export const origin = (process.env.PUBLIC_ORIGIN ?? 'http://127.0.0.1:4173').replace(/\/$/, '');

// WeChat's share card needs a server to sign the page URL (README, "Sharing on WeChat"); a host may set its
// endpoint here or, at run time, by <meta name="wechat-signature-url"> in the page. Empty: no card from here.
//   WECHAT_SIGNATURE_URL=https://api.example.com/wx/sign [WECHAT_SDK_URL=…] npm run build
export const wechatSignatureUrl = process.env.WECHAT_SIGNATURE_URL ?? '';
export const wechatSdkUrl = process.env.WECHAT_SDK_URL || 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js';

/**
 * What the strict policy (STORY_CSP=1) must add for WeChat signing configured at build time: the SDK's host
 * for scripts, the endpoint's for fetch, and the host the SDK reports its start-up timings to with an image.
 * @returns {{ script: string[], connect: string[], img: string[] }}
 */
export function wechatCspSources(signatureUrl = wechatSignatureUrl, sdkUrl = wechatSdkUrl) {
	if (!signatureUrl) return { script: [], connect: [], img: [] };
	return {
		script: [new URL(sdkUrl).origin],
		connect: [new URL(signatureUrl, origin).origin],
		img: ['https://open.weixin.qq.com']
	};
}
