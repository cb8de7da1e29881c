/** The exported image's file name, which says what and when: `frontline-atlas_donetsk_2025-03-13_1920x1080.png`. */

/** A name as a file-name slug: ASCII lower case, words joined by hyphens ("Donetsk Oblast" → "donetsk-oblast"). */
export function slug(name: string): string {
	const ascii = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return ascii.slice(0, 60).replace(/-+$/, '') || 'map';
}

export function imageFileName(subject: string, date: string, width: number, height: number): string {
	return `frontline-atlas_${slug(subject)}_${date}_${width}x${height}.png`;
}
