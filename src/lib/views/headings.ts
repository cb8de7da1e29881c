export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The tag of a heading `offset` levels below `level`, never past h6: the views nest under whatever heading the page gives them. */
export function headingTag(level: HeadingLevel, offset = 0): `h${HeadingLevel}` {
	return `h${Math.min(6, Math.max(1, level + offset)) as HeadingLevel}`;
}
