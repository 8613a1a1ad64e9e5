/*!
 * 交城这五年 — host-side loader. Paste where the story (or one chart) should appear:
 *   <div data-jiaocheng-story data-section="strength"></div>
 *   <script src="https://…/embed.js" async></script>
 * data-section  optional: open the story at this section (deep link)
 * data-chart    optional: embed one chart instead of the whole story
 * data-offset-top  optional: the height in px of the host's own fixed or sticky top bar; found by itself
 *               when not given, so the graphic and its trigger line stay below the bar
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
		frames.push({ id: id, el: el, iframe: iframe, story: !chart });
	}

	function find(source) {
		for (var i = 0; i < frames.length; i++) if (frames[i].iframe.contentWindow === source) return frames[i];
		return null;
	}

	// The host's own fixed or sticky bar at the top of its viewport covers the story's top: the lowest edge of
	// one found at the top edge, not taller than a third of the viewport (a sticky sidebar is not a bar).
	function topBar(iframe) {
		var bottom = 0;
		var xs = [0.1, 0.5, 0.9];
		for (var i = 0; i < xs.length; i++) {
			var stack = document.elementsFromPoint(window.innerWidth * xs[i], 1);
			for (var j = 0; j < stack.length; j++) {
				for (var el = stack[j]; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
					if (el === iframe || el.contains(iframe)) break;
					var position = getComputedStyle(el).position;
					if (position !== 'fixed' && position !== 'sticky') continue;
					var r = el.getBoundingClientRect();
					if (r.top <= 1 && r.bottom > bottom && r.bottom < window.innerHeight / 3) bottom = r.bottom;
					break;
				}
			}
		}
		return bottom;
	}
	function offsetTop(f) {
		var given = parseFloat(f.el.getAttribute('data-offset-top'));
		return given >= 0 ? given : topBar(f.iframe);
	}

	// The story's viewport is the part of the host's below its top bar.
	function sendViewport() {
		pending = 0;
		for (var i = 0; i < frames.length; i++) {
			var f = frames[i];
			if (!f.story || !f.iframe.contentWindow) continue;
			var rect = f.iframe.getBoundingClientRect();
			var offset = offsetTop(f);
			f.iframe.contentWindow.postMessage({ type: 'host-viewport', id: f.id, top: offset - rect.top, height: window.innerHeight - offset }, origin);
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
			window.scrollTo(0, window.pageYOffset + f.iframe.getBoundingClientRect().top + m.top - offsetTop(f));
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
