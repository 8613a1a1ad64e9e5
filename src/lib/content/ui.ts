import archieml from 'archieml';
import { ContentError, lineOf } from './errors.ts';

/**
 * The interface's words live in data/copy/ui.aml; code knows only their keys, and for each key the named
 * slots (`{title}`) its text may hold. The validator asks for every key, refuses unknown ones and unknown slots.
 */
export const UI_SLOTS = {
	// Credits and the chart frame.
	chart_source: [],
	chart_data: [],
	chart_failed: [],
	// Endpoint charts: a line's average growth.
	average: ['value'],
	// Unit charts: what a dot stands for, how many dots, a change against a year, the table.
	dot_scale: ['n', 'thing'],
	dot_count: ['n'],
	change_against: ['label', 'year'],
	col_indicator: [],
	col_value: [],
	col_shown: [],
	col_item: [],
	col_detail: [],
	shown_number: [],
	shown_text: [],
	// Derived figures' labels, from the labels of the figures they are made of.
	derived_2015: ['label'],
	derived_cagr: ['label'],
	derived_share: ['label', 'total', 'year'],
	derived_ratio: ['year'],
	derived_gap: ['year'],
	derived_required: ['label'],
	derived_at_stated: ['label', 'rate'],
	derived_price_rise: [],
	derived_pipeline_count: [],
	derived_pipeline_invest: [],
	// The story page, its menu, notes and source sheet.
	nav_label: [],
	notes_derived: [],
	notes_sources: [],
	notes_link: ['n'],
	link_embeds: [],
	sheet_label: [],
	sheet_quote: ['quote'],
	sheet_formula: ['formula'],
	sheet_loading: [],
	sheet_more: [],
	close: [],
	// Sharing.
	share: [],
	share_label: ['title'],
	share_step_label: ['title', 'n'],
	share_dialog: ['title'],
	share_hint_wechat: [],
	share_hint: [],
	share_alt: ['title', 'text'],
	share_system: [],
	copy_link: [],
	save_poster: [],
	link_copied: [],
	copy_refused: [],
	page_poster: ['title'],
	page_card: ['title'],
	page_thumb: ['title'],
	page_notes: ['title'],
	page_notes_intro: [],
	page_notes_back: ['title'],
	qr_label: ['link'],
	qr_cta: ['title'],
	// Embed pages.
	step_prev: [],
	step_next: [],
	read_story: ['title'],
	embed_title: ['title'],
	embed_heading: ['title'],
	embed_intro: [],
	embed_story: [],
	embed_story_text: ['sections'],
	embed_plain: [],
	embed_card: [],
	embed_card_text: [],
	embed_card_image: ['size'],
	embed_thumb: [],
	embed_mobile: ['title'],
	embed_desktop: ['title'],
	embed_loader: [],
	embed_poster: [],
	embed_poster_download: [],
	embed_poster_text: ['text']
} as const satisfies Record<string, readonly string[]>;

export type UiKey = keyof typeof UI_SLOTS;
export type Ui = Record<UiKey, string>;

/**
 * Who says a word decides which bundle carries it. The labels of derived figures are made at build time and
 * reach no browser; the embed index's and the share pages' words go to those pages only; every other word is
 * the reader's, said by the story and the chart embeds.
 */
const AUDIENCE = { build: /^derived_/, pages: /^(embed|page|qr)_/ };
type BuildKey = Extract<UiKey, `derived_${string}`>;
type PageKey = Extract<UiKey, `embed_${string}` | `page_${string}` | `qr_${string}`>;
export type ReaderUi = Omit<Ui, BuildKey | PageKey>;
export type PagesUi = Pick<Ui, PageKey>;

const wordsWhere = (ui: Ui, keep: (key: string) => boolean) => Object.fromEntries(Object.entries(ui).filter(([key]) => keep(key)));
export const readerWords = (ui: Ui) => wordsWhere(ui, (k) => !AUDIENCE.build.test(k) && !AUDIENCE.pages.test(k)) as ReaderUi;
export const pagesWords = (ui: Ui) => wordsWhere(ui, (k) => AUDIENCE.pages.test(k)) as PagesUi;

/** Named slots of a text: `{title}` → title. */
export const slotsOf = (text: string) => [...text.matchAll(/\{\s*([^{}]*?)\s*\}/g)].map((m) => m[1]);

export function parseUi(raw: string, file: string): Ui {
	const data = archieml.load(raw) as Record<string, unknown>;
	const where = (key: string) => `line ${lineOf(raw, `${key}:`) ?? '?'}`;
	for (const [key, value] of Object.entries(data)) {
		if (!(key in UI_SLOTS)) throw new ContentError(file, where(key), `unknown key “${key}” (the interface has no such word)`);
		if (typeof value !== 'string' || !value.trim()) throw new ContentError(file, where(key), `“${key}:” must be a line of text`);
		const allowed: readonly string[] = UI_SLOTS[key as UiKey];
		const wrong = slotsOf(value).find((s) => !allowed.includes(s));
		if (wrong !== undefined)
			throw new ContentError(file, where(key), `“{${wrong}}” is not a slot of “${key}” (${allowed.length ? allowed.map((s) => `{${s}}`).join(' ') : 'it takes none'})`);
	}
	const missing = Object.keys(UI_SLOTS).find((k) => !(k in data));
	if (missing) throw new ContentError(file, '', `missing “${missing}:” (every interface word must be in this file)`);
	return data as Ui;
}
