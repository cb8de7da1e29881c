import { describe, expect, it } from 'vitest';
import { clampSize, embedCode, escapeHtml, type EmbedOptions } from './embedCode';

const options = (over: Partial<EmbedOptions> = {}): EmbedOptions => ({
	src: 'https://atlas.example/embed/?select=region:UA-14&theme=dark',
	fullView: 'https://atlas.example/?select=region:UA-14&theme=dark',
	title: 'Map of Ukraine — Frontline Atlas',
	sizing: 'fixed',
	width: 640,
	height: 360,
	...over
});

/** The code, parsed as a host page would parse it. */
function parse(html: string): { iframe: Record<string, string>; links: string[] } {
	const tag = /<iframe ([^>]*)>/.exec(html)![1]!;
	const iframe = Object.fromEntries([...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replaceAll('&amp;', '&')]));
	return { iframe, links: [...html.matchAll(/<a href="([^"]*)">/g)].map((m) => m[1]!.replaceAll('&amp;', '&')) };
}

describe('embedCode', () => {
	it('fixed: width and height attributes, sandboxed to scripts, lazy, titled, with a link to the full view', () => {
		const { iframe, links } = parse(embedCode(options()));
		expect(iframe).toMatchObject({ src: options().src, width: '640', height: '360', sandbox: 'allow-scripts', loading: 'lazy', title: 'Map of Ukraine — Frontline Atlas' });
		expect(links.length).toBeGreaterThan(0);
		expect(new Set(links)).toEqual(new Set([options().fullView]));
	});
	it('responsive: a wrapper with the aspect ratio, the frame filling it', () => {
		const html = embedCode(options({ sizing: 'responsive', width: 4, height: 3 }));
		expect(html).toMatch(/^<div style="[^"]*aspect-ratio:300 \/ 200/);
		const { iframe } = parse(html);
		expect(iframe.width).toBeUndefined();
		expect(iframe.style).toContain('width:100%;height:100%');
		expect(iframe.sandbox).toBe('allow-scripts');
	});
	it('escapes what could end an attribute or start a tag', () => {
		const html = embedCode(options({ title: 'A "quoted" <b>title</b> & more', src: 'https://a.example/embed/?x="y"' }));
		expect(html).not.toContain('<b>');
		expect(html).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
		expect(html).toContain('src="https://a.example/embed/?x=&quot;y&quot;"');
		expect(escapeHtml('&<>"')).toBe('&amp;&lt;&gt;&quot;');
	});
	it('keeps sizes whole and within reason', () => {
		expect(clampSize(120, 300)).toBe(300);
		expect(clampSize(640.4, 300)).toBe(640);
		expect(clampSize(99999, 300)).toBe(4000);
		expect(clampSize(Number.NaN, 200)).toBe(200);
	});
});
