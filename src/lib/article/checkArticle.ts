import { isMention, refKey, type Article, type RefKind } from './types';

export interface KnownIds {
	regions: Set<string>;
	countries: Set<string>;
	places: Set<string>;
}

/** A proper name the article must annotate; id is a ref key such as `place:moscow`. */
export interface ArticleName {
	pattern: RegExp;
	id: string;
	/** Other ref keys a mention of the name may carry where the text means them (see the article's header notes). */
	alsoIds?: string[];
}

// Longer names first, so "Kursk region" wins over "Kursk" where both match.
export const articleNames: ArticleName[] = [
	{ pattern: /Kursk region/, id: 'region:RU-KRS' },
	// Bare "Kursk" is the city, unless the article means the oblast (Putin's visit of 12 March was to a command post in it).
	{ pattern: /Kursk/, id: 'place:kursk', alsoIds: ['region:RU-KRS'] },
	{ pattern: /Sudzha/, id: 'place:sudzha' },
	{ pattern: /Donetsk/, id: 'region:UA-14' },
	{ pattern: /Luhansk/, id: 'region:UA-09' },
	{ pattern: /Kherson/, id: 'region:UA-65' },
	{ pattern: /Zaporizhzhia/, id: 'region:UA-23' },
	{ pattern: /Crimea/, id: 'region:UA-43' },
	{ pattern: /Sevastopol/, id: 'region:UA-40' },
	{ pattern: /Ukraine/, id: 'country:UA' },
	{ pattern: /Russia/, id: 'country:RU' },
	{ pattern: /Belarus/, id: 'country:BY' },
	{ pattern: /United States|US|America/, id: 'country:US' },
	{ pattern: /Saudi Arabia/, id: 'country:SA' },
	{ pattern: /Moscow/, id: 'place:moscow' },
	{ pattern: /Kremlin/, id: 'place:kremlin' },
	{ pattern: /Jeddah/, id: 'place:jeddah' },
	{ pattern: /Washington/, id: 'place:washington' },
	{ pattern: /White House|Oval Office/, id: 'place:white-house' },
	{ pattern: /Kyiv/, id: 'place:kyiv' },
	{ pattern: /Minsk/, id: 'place:minsk' },
	{ pattern: /Paris/, id: 'place:paris' },
	{ pattern: /London/, id: 'place:london' }
];

/** Id sets from the map data (admin-1 ISO 3166-2 codes, ISO 3166-1 alpha-2 codes, place slugs). */
export function knownIdsFrom(data: { admin1Ids: Iterable<string>; countryIds: Iterable<string>; placeIds: Iterable<string> }): KnownIds {
	return { regions: new Set(data.admin1Ids), countries: new Set(data.countryIds), places: new Set(data.placeIds) };
}

/** The ids the article refers to, grouped like KnownIds: what the map data has to provide. */
export function knownArticleIds(article: Article): KnownIds {
	const ids: KnownIds = { regions: new Set(), countries: new Set(), places: new Set() };
	for (const block of article.blocks) for (const s of block.segments) if (isMention(s)) setFor(ids, s.ref.kind).add(s.ref.id);
	return ids;
}

function setFor(known: KnownIds, kind: RefKind): Set<string> {
	// The parser refuses settlement mentions (parseArticle.ts); an empty set reports one as unknown all the same.
	if (kind === 'settlement') return new Set();
	return kind === 'region' ? known.regions : kind === 'country' ? known.countries : known.places;
}

// \b is ASCII-only; these lookarounds also keep "Russia" out of "Russians" and "Noël".
function wholeWord(pattern: RegExp, anchored: boolean): RegExp {
	const flags = pattern.flags.replace(/[gyuv]/g, '') + (anchored ? 'u' : 'gu');
	const body = `(?<![\\p{L}\\p{N}_])(?:${pattern.source})(?![\\p{L}\\p{N}_])`;
	return new RegExp(anchored ? `^${body}$` : body, flags);
}

/**
 * Problems, one string each naming the block: mentions of ids missing from `known`, names from
 * `names` outside any annotation, and annotations of such a name that point at another id.
 */
export function checkArticle(article: Article, known: KnownIds, names: ArticleName[]): string[] {
	const problems: string[] = [];
	const loose = names.map((n) => ({ id: n.id, re: wholeWord(n.pattern, false) }));
	const exact = names.map((n) => ({ id: n.id, alsoIds: n.alsoIds, re: wholeWord(n.pattern, true) }));
	for (const block of article.blocks) {
		for (const s of block.segments) {
			if (isMention(s)) {
				if (!setFor(known, s.ref.kind).has(s.ref.id)) problems.push(`${block.id}: unknown ${s.ref.kind} id "${s.ref.id}" for "${s.text}"`);
				const name = exact.find((n) => n.re.test(s.text));
				if (name && name.id !== refKey(s.ref) && !name.alsoIds?.includes(refKey(s.ref))) problems.push(`${block.id}: "${s.text}" is annotated ${refKey(s.ref)}, expected ${name.id}`);
				continue;
			}
			const hits = loose.flatMap((n) => [...s.text.matchAll(n.re)].map((m) => ({ id: n.id, at: m.index, text: m[0] })));
			hits.sort((a, b) => a.at - b.at || b.text.length - a.text.length);
			let end = 0;
			for (const hit of hits) {
				if (hit.at < end) continue;
				end = hit.at + hit.text.length;
				problems.push(`${block.id}: "${hit.text}" is not annotated (expected ${hit.id})`);
			}
		}
	}
	return problems;
}
