// Stopping what a script or a test started, and removing what it used, without racing its exit. A browser's
// main process can exit while its children (renderers, the network service, WebKit's web processes) still
// write into the profile; removing the folder then fails with ENOTEMPTY. So every launcher here starts its
// process in a group of its own, waits until no live process of that group is left, and only then removes,
// with retries. A cleanup that still fails is a warning: it says nothing about the story.
import { readFileSync, readdirSync, rmSync } from 'node:fs';

const sleep = (/** @type {number} */ ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Whether any process of group `pgid` is alive. Zombies don't count: they hold no files and their parent
 * (often init) reaps them when it will. Read from /proc where there is one, else asked of the kernel.
 * @param {number} pgid
 */
export function groupAlive(pgid) {
	let names;
	try {
		names = readdirSync('/proc');
	} catch {
		try {
			process.kill(-pgid, 0);
			return true;
		} catch {
			return false;
		}
	}
	for (const name of names) {
		if (!/^\d+$/.test(name)) continue;
		let stat;
		try {
			stat = readFileSync(`/proc/${name}/stat`, 'utf8');
		} catch {
			continue;
		}
		// pid (comm) state ppid pgrp …: comm may hold spaces and parentheses, so read after the last ')'.
		const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (Number(pgrp) === pgid && state !== 'Z') return true;
	}
	return false;
}

/** Resolves true once `check()` holds, false when `ms` passed first. */
async function within(/** @type {() => boolean} */ check, /** @type {number} */ ms) {
	const end = Date.now() + ms;
	while (!check()) {
		if (Date.now() > end) return false;
		await sleep(25);
	}
	return true;
}

/**
 * Waits until process group `pgid` has no live process; after `graceMs` sends SIGKILL to the group and waits
 * again. Resolves true when the group is gone, false (with a warning) when even SIGKILL left something.
 * @param {number} pgid
 * @param {{ graceMs?: number, name?: string }} [options]
 */
export async function groupGone(pgid, { graceMs = 10_000, name = `process group ${pgid}` } = {}) {
	if (await within(() => !groupAlive(pgid), graceMs)) return true;
	signalGroup(pgid, 'SIGKILL');
	if (await within(() => !groupAlive(pgid), 10_000)) return true;
	console.warn(`cleanup: ${name} still has live processes after SIGKILL`);
	return false;
}

/** Sends `signal` to every process of group `pgid`; a group already gone is no error. */
export function signalGroup(/** @type {number} */ pgid, /** @type {NodeJS.Signals} */ signal) {
	try {
		process.kill(-pgid, signal);
	} catch {
		/* gone already */
	}
}

/**
 * Stops a child that was spawned with `detached: true` (so it leads a group of its own): SIGTERM to the group,
 * then waits for the whole group as `groupGone` does, and for Node to have seen the child exit.
 * @param {import('node:child_process').ChildProcess} child
 * @param {{ graceMs?: number, name?: string }} [options]
 */
export async function stopGroup(child, options = {}) {
	if (child.pid === undefined) return true;
	const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((ok) => child.once('exit', ok));
	signalGroup(child.pid, 'SIGTERM');
	const gone = await groupGone(child.pid, options);
	await Promise.race([exited, sleep(5000)]);
	return gone;
}

/** Removes a folder, retrying while something lets go of it; a failure is a warning, never an error. */
export function removeDir(/** @type {string} */ dir) {
	try {
		rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	} catch (e) {
		console.warn(`cleanup: could not remove ${dir}: ${e instanceof Error ? e.message : e}`);
	}
}
