let page: Promise<Document> | undefined;

/**
 * The notes page, fetched once and parsed (its scripts never run): the source sheet reads a reported figure's
 * quote from it. A failed fetch is forgotten, so the next tap tries again.
 */
export function notesPage(url: string): Promise<Document> {
	if (!page) {
		page = fetch(url)
			.then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url}: ${r.status}`))))
			.then((html) => new DOMParser().parseFromString(html, 'text/html'));
		page.catch(() => (page = undefined));
	}
	return page;
}
