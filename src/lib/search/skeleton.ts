// The one way place names are compared: a name in Ukrainian or Russian Cyrillic, in the official
// Ukrainian romanisation (KMU 2010), in the older ones (BGN/PCGN, the scholarly "j" system, Russian-
// based spellings) or typed without apostrophes and diacritics is folded to a Latin "skeleton", so
// that Kupiansk, Kupyansk, Kupjansk, Kup'jans'k, Купянськ and Купянск all read `kupiansk`, and
// Huliaipole, Gulyaipole and Гуляйполе all read `huliaipole`. The folding is lossy on purpose:
// it keeps what the spellings agree on and drops what they disagree on (g/h, y/i/j, kh/h, doubled
// letters, soft signs, apostrophes). Used by the search and by the pipeline (to drop alternate
// names that fold to a skeleton already kept).

/**
 * Cyrillic letters of both alphabets → Latin. Applied before Unicode decomposition: `й`, `ї` and
 * `ё` decompose into a base letter and a mark, which would lose the difference.
 */
const cyrillic: Record<string, string> = {
	а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ё: 'io', ж: 'zh', з: 'z',
	и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
	с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
	ь: '', э: 'e', ю: 'iu', я: 'ia', ў: 'u', ј: 'j'
};

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const latinExtra: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i' };

/**
 * Letter groups the romanisations spell differently, in the order they are folded: longer groups
 * first, so `shch` is not read as `sh` + `ch`.
 */
const folds: Array<[RegExp, string]> = [
	[/shch|sch/g, 'sc'],
	[/ch/g, 'c'],
	[/sh/g, 's'],
	[/zh/g, 'z'],
	[/kh/g, 'h'],
	[/ts|tz/g, 'c'],
	[/g/g, 'h'],
	[/w/g, 'v'],
	[/[yj]/g, 'i'],
	[/ie/g, 'e'],
	// Doubled letters (Zaporizhzhia, Kryvyy, the ii of iotated vowels) count once.
	[/([a-z])\1+/g, '$1']
];

/**
 * The skeleton of a name or of what someone typed: lower-case Latin letters and digits, words
 * separated by one space (hyphens and spaces are word breaks; apostrophes and other marks go).
 */
export function skeleton(text: string): string {
	let latin = '';
	for (const char of text.toLowerCase()) latin += cyrillic[char] ?? latinExtra[char] ?? char;
	let folded = latin
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/['’ʼ`´"”“‘]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
	for (const [pattern, replacement] of folds) folded = folded.replace(pattern, replacement);
	return folded;
}
