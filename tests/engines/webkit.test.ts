// WebKitGTK (Debian's webkit2gtk-driver), driven over classic W3C WebDriver with plain fetch calls, under a
// private Xvfb. The browser WebKitWebDriver starts is not MiniBrowser (whose windows stay >= ~447 px wide)
// but webkit-window.py: a bare GTK window around one web view, exactly 375 px wide, that records errors
// from document start. WebKitGTK is not iOS Safari (no touch, no dynamic toolbar), but the same engine family.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { smokeSuite, VIEWPORT, type EnginePage } from './smoke';
import { stopGroup } from '../../scripts/processes.js';

const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';
const PYTHON = '/usr/bin/python3'; // Debian's, where python3-gi lives (not a pyenv or venv one)
const HARNESS = fileURLToPath(new URL('./webkit-window.py', import.meta.url));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Fails with the Debian packages to install when a piece is missing. */
function checkInstalled() {
	const missing: string[] = [];
	if (!existsSync(DRIVER)) missing.push(`WebKitWebDriver (${DRIVER}): webkit2gtk-driver`);
	if (!existsSync(XVFB)) missing.push(`Xvfb (${XVFB}): xvfb`);
	const gi = existsSync(PYTHON)
		? spawnSync(PYTHON, ['-c', "import gi; gi.require_version('Gtk', '3.0'); gi.require_version('WebKit2', '4.1'); from gi.repository import Gtk, WebKit2"], { encoding: 'utf8' })
		: undefined;
	if (gi?.status !== 0) missing.push(`WebKit2 4.1 for Debian's ${PYTHON}: python3-gi gir1.2-webkit2-4.1${gi ? ` (${gi.stderr.trim().split('\n').pop()})` : ''}`);
	if (missing.length) throw new Error(`WebKit is not installed: ${missing.join('; ')}. apt-get install webkit2gtk-driver xvfb python3-gi gir1.2-webkit2-4.1`);
}

/** Rejects, with the tail of its output, when `child` exits. */
function exited(child: ChildProcess, name: string, output: () => string) {
	return new Promise<never>((_, reject) =>
		child.once('exit', (code, signal) => reject(new Error(`${name} exited (${signal ?? code}): ${output().slice(-2000)}`)))
	);
}

/** A private X server on a free display number. */
async function startXvfb() {
	const x = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], detached: true });
	const close = () => stopGroup(x, { name: 'Xvfb' });
	let log = '';
	x.stderr!.on('data', (b) => (log += b));
	try {
		const display = await Promise.race([
			new Promise<string>((resolve) => {
				let out = '';
				x.stdio[3]!.on('data', (b) => {
					out += b;
					if (out.includes('\n')) resolve(`:${out.trim()}`);
				});
			}),
			exited(x, 'Xvfb', () => log),
			sleep(20_000).then(() => Promise.reject(new Error(`Xvfb did not start in 20 s: ${log}`)))
		]);
		return { display, close };
	} catch (e) {
		await close();
		throw e;
	}
}

async function freePort() {
	const server = createServer();
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const { port } = server.address() as { port: number };
	await new Promise((r) => server.close(r));
	return port;
}

/**
 * WebKitWebDriver on a free port, answering /status. The port is free when asked, not necessarily when the
 * driver binds it: a driver that dies before it answers is started again on another port.
 */
async function startDriver(display: string) {
	for (let attempt = 1; ; attempt++) {
		const port = await freePort();
		// Its own process group, so closing ends the driver, the GTK window and WebKit's processes together.
		const child = spawn(DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
			env: { ...process.env, DISPLAY: display, NO_AT_BRIDGE: '1', ENGINE_VIEWPORT: `${VIEWPORT.width}x${VIEWPORT.height}` },
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true
		});
		// The browser's output comes through the driver's: WebKit writes console messages there
		// ("url:line:col: CONSOLE ERROR …"), as the harness asks, and the harness reports a crashed web process.
		let output = '';
		child.stdout!.on('data', (b) => (output += b));
		child.stderr!.on('data', (b) => (output += b));
		const died = exited(child, 'WebKitWebDriver', () => output);
		died.catch(() => {});
		const base = `http://127.0.0.1:${port}`;
		const end = Date.now() + 10_000;
		for (;;) {
			const answer = await Promise.race([
				fetch(`${base}/status`, { signal: AbortSignal.timeout(1000) }).then((r) => r.ok, () => false),
				died.catch(() => 'died' as const)
			]);
			if (answer === true) return { child, base, died, output: () => output };
			if (answer === 'died' || Date.now() > end) break;
			await sleep(100);
		}
		await stopGroup(child, { name: 'WebKitWebDriver' });
		if (attempt === 3) throw new Error(`WebKitWebDriver did not answer on three ports: ${output.slice(-2000)}`);
	}
}

async function open(url: string): Promise<EnginePage> {
	checkInstalled();
	const x = await startXvfb();
	let driver: Awaited<ReturnType<typeof startDriver>>;
	try {
		driver = await startDriver(x.display);
	} catch (e) {
		await x.close();
		throw e;
	}
	const { child, base, died } = driver;
	// The display goes last: the GTK window must not outlive it.
	const stop = async () => {
		await stopGroup(child, { graceMs: 5000, name: 'WebKitWebDriver' });
		await x.close();
	};

	async function call<T>(method: string, path: string, body?: unknown, timeout = 60_000): Promise<T> {
		const res = await Promise.race([
			fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(timeout) }),
			died
		]);
		const json = (await res.json()) as { value: T & { error?: string; message?: string } };
		if (!res.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
		return json.value;
	}

	try {
		const { sessionId } = await call<{ sessionId: string }>('POST', '/session', {
			capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: PYTHON, args: [HARNESS, '--automation'] } } }
		});
		const session = `/session/${sessionId}`;
		await call('POST', `${session}/url`, { url });
		return {
			run: (fn, ...args) => call('POST', `${session}/execute/sync`, { script: `return (${fn}).apply(null, arguments);`, args }),
			errors: async () => {
				const recorded = await call<string[] | null>('POST', `${session}/execute/sync`, { script: 'return window.__engineErrors ?? null;', args: [] });
				if (recorded === null) throw new Error('the error recorder did not run in the page');
				const logged = driver.output().split('\n').filter((l) => /\bCONSOLE\b.*\bERROR\b|^ENGINE /.test(l));
				// WebKit reports, as an error event, a frame in which the charts' label measurements (ResizeObservers)
				// changed sizes they observe: the remaining notifications are delivered the next frame, by the spec's
				// design, and nothing is lost. Every other error counts.
				const benign = (e: string) => /ResizeObserver loop completed with undelivered notifications/.test(e);
				return [...recorded, ...logged.map((l) => `WebKit log: ${l}`)].filter((e) => !benign(e));
			},
			close: async () => {
				await call('DELETE', session, undefined, 10_000).catch(() => {});
				await stop();
			}
		};
	} catch (e) {
		await stop();
		throw e;
	}
}

smokeSuite('WebKitGTK', open);
