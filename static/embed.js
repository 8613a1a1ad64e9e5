/*!
 * 交城这五年 — host-side loader. Paste where the story (or one chart) should appear:
 *   <div data-jiaocheng-story data-section="strength"></div>
 *   <script src="https://…/embed.js" async></script>
 * data-section  optional: open the story at this section (deep link)
 * data-chart    optional: embed one chart instead of the whole story
 * It creates the iframe, keeps its height, and tells the story where the host's viewport is, so the story
 * can keep its graphic in view and trigger its steps as the host page scrolls. It adds one global,
 * window.JiaochengStory, and styles only the iframes it creates.
 */
(function () {
	'use strict';
	var NS = 'JiaochengStory';
	if (window[NS]) {
		window[NS].scan();
		return;
	}
	var script = document.currentScript;
	var root = script && script.src ? script.src.replace(/embed\.js(?:[?#].*)?$/, '') : '';
	var origin = root ? new URL(root, location.href).origin : location.origin;
	var frames = [];
	var pending = 0;

	function mount(el) {
		if (el.getAttribute('data-jiaocheng-mounted')) return;
		el.setAttribute('data-jiaocheng-mounted', '');
		var chart = el.getAttribute('data-chart');
		var section = el.getAttribute('data-section');
		var id = 'jc-' + (frames.length + 1) + '-' + Math.random().toString(36).slice(2, 8);
		var query = '?embedId=' + encodeURIComponent(id) + (chart ? '' : '&embed=loader') + '&hostUrl=' + encodeURIComponent(location.href.split('#')[0]);
		var iframe = document.createElement('iframe');
		iframe.src = root + (chart ? 'embed/' + encodeURIComponent(chart) + '/' : '') + query + (section && !chart ? '#' + encodeURIComponent(section) : '');
		iframe.title = el.getAttribute('data-title') || '交城这五年';
		iframe.setAttribute('scrolling', 'no');
		// The share control copies a section's link; a cross-origin frame may only with the host's leave.
		iframe.setAttribute('allow', 'clipboard-write');
		iframe.style.cssText = 'display:block;width:100%;min-width:100%;border:0;margin:0;overflow:hidden;height:' + (chart ? '36rem' : '100vh');
		el.appendChild(iframe);
		frames.push({ id: id, iframe: iframe, story: !chart });
	}

	function find(source) {
		for (var i = 0; i < frames.length; i++) if (frames[i].iframe.contentWindow === source) return frames[i];
		return null;
	}

	function sendViewport() {
		pending = 0;
		var height = window.innerHeight;
		for (var i = 0; i < frames.length; i++) {
			var f = frames[i];
			if (!f.story || !f.iframe.contentWindow) continue;
			var rect = f.iframe.getBoundingClientRect();
			f.iframe.contentWindow.postMessage({ type: 'host-viewport', id: f.id, top: -rect.top, height: height }, origin);
		}
	}
	function schedule() {
		if (!pending) pending = requestAnimationFrame(sendViewport);
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== origin) return;
		var f = find(event.source);
		var m = event.data;
		if (!f || !m || typeof m !== 'object' || m.id !== f.id) return;
		if (m.type === 'embed-size' && typeof m.height === 'number' && m.height > 0) {
			f.iframe.style.height = Math.ceil(m.height) + 'px';
			schedule();
		} else if (m.type === 'embed-ready') {
			schedule();
		} else if (m.type === 'embed-scroll-to' && typeof m.top === 'number') {
			window.scrollTo(0, window.pageYOffset + f.iframe.getBoundingClientRect().top + m.top);
		}
	});
	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', schedule);

	function scan() {
		var els = document.querySelectorAll('[data-jiaocheng-story]');
		for (var i = 0; i < els.length; i++) mount(els[i]);
	}
	window[NS] = { scan: scan };
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
	else scan();
})();
