/**
 * A frame without the host's `allow="clipboard-write"` is refused the Clipboard API, and Chromium logs that as a
 * console error in the host's page: ask first (Chromium's Permissions Policy API; other engines just refuse).
 */
function clipboardAllowed(): boolean {
	const policy = (document as Document & { featurePolicy?: { allowsFeature(feature: string): boolean } }).featurePolicy;
	return policy ? policy.allowsFeature('clipboard-write') : true;
}

/**
 * Copies text to the clipboard; resolves false where the browser will not. The Clipboard API needs a secure
 * context, which an http:// preview or an older in-app browser is not: there a selected textarea and
 * execCommand('copy') still work inside the click that asked for it.
 */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (navigator.clipboard && window.isSecureContext && clipboardAllowed()) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Refused (permissions, a frame without clipboard-write): try the old way below.
	}
	// Selecting the textarea takes focus; give it back (to the poster dialog, say) when done.
	const focused = document.activeElement as HTMLElement | null;
	const area = document.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.style.position = 'fixed';
	area.style.opacity = '0';
	document.body.append(area);
	area.select();
	try {
		return document.execCommand('copy');
	} catch {
		return false;
	} finally {
		area.remove();
		focused?.focus();
	}
}
