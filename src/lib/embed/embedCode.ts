// The code a host pastes to embed the current view: an iframe of /embed/ with the view's link,
// sandboxed to scripts only, lazily loaded, with a title, and a text link to the full view after
// it for readers whose reader or browser drops frames. Inline styles are the host's business: its
// page is not under this site's CSP.

export type EmbedSizing = 'fixed' | 'responsive';

export interface EmbedOptions {
	/** The embed page's absolute URL, with the view's query. */
	src: string;
	/** The full view's absolute URL, with the same query. */
	fullView: string;
	/** The frame's accessible name. */
	title: string;
	sizing: EmbedSizing;
	/** In CSS pixels: the frame's size (fixed) or its aspect ratio (responsive). */
	width: number;
	height: number;
}

/** The narrowest frame the embed is laid out for. */
export const minEmbedWidth = 300;
export const minEmbedHeight = 200;

/** Escapes text for an HTML attribute value in double quotes or for element text. */
export function escapeHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A width or height brought to a whole number within reason (300–4000 wide, 200–4000 high). */
export function clampSize(value: number, min: number): number {
	return Number.isFinite(value) ? Math.min(4000, Math.max(min, Math.round(value))) : min;
}

/** The HTML to paste. */
export function embedCode({ src, fullView, title, sizing, width, height }: EmbedOptions): string {
	const w = clampSize(width, minEmbedWidth);
	const h = clampSize(height, minEmbedHeight);
	const common = `src="${escapeHtml(src)}" title="${escapeHtml(title)}" sandbox="allow-scripts" loading="lazy"`;
	const fallback = `<a href="${escapeHtml(fullView)}">${escapeHtml(title)}</a>`;
	const link = `<p style="margin:0.25em 0 0;font-size:0.8em"><a href="${escapeHtml(fullView)}">Open the full map: ${escapeHtml(title)}</a></p>`;
	if (sizing === 'fixed') return `<iframe ${common} width="${w}" height="${h}" style="border:0;max-width:100%">${fallback}</iframe>\n${link}`;
	return [
		`<div style="position:relative;width:100%;min-width:${minEmbedWidth}px;aspect-ratio:${w} / ${h}">`,
		`  <iframe ${common} style="position:absolute;inset:0;width:100%;height:100%;border:0">${fallback}</iframe>`,
		`</div>`,
		link
	].join('\n');
}
