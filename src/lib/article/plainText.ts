import { blockText, type Article, type Block } from './types';

// The source sets pull quotes off with an extra blank line on both sides; the markup
// normalises every gap to one blank line, so the layout rule lives here.
function gap(before: Block, after: Block): string {
	return before.kind === 'quote' || after.kind === 'quote' ? '\n\n\n' : '\n\n';
}

/** The article's wording without annotations, laid out like the source text. */
export function plainText(article: Article): string {
	return article.blocks.map((block, i) => (i === 0 ? '' : gap(article.blocks[i - 1] as Block, block)) + blockText(block)).join('');
}
