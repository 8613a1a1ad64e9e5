import type { Component } from 'svelte';
import type { ViewName } from './view-of';
import type { ViewProps } from './views/props';

/** Each view's code, fetched on its own: an embed of one chart, or the story's first chart, loads only what it draws. */
export const loadView: Record<ViewName, () => Promise<{ default: Component<ViewProps> }>> = {
	endpoint: () => import('./views/EndpointView.svelte'),
	plan14: () => import('./views/Plan14View.svelte'),
	units: () => import('./views/UnitsView.svelte'),
	actions: () => import('./views/ActionsView.svelte')
};
