import { isMention, refKey, type Article, type Block, type MentionSegment } from './types';

/** Every annotated mention in the block, in text order (repeats included). */
export function mentionsIn(block: Block): MentionSegment[] {
	return block.segments.filter(isMention);
}

/** refKey (e.g. `region:RU-KRS`) → ids of the blocks that mention it, in text order, each once. */
export function mentionIndex(article: Article): Map<string, string[]> {
	const index = new Map<string, string[]>();
	for (const block of article.blocks) {
		for (const { ref } of mentionsIn(block)) {
			const ids = index.get(refKey(ref)) ?? [];
			if (ids[ids.length - 1] !== block.id) ids.push(block.id);
			index.set(refKey(ref), ids);
		}
	}
	return index;
}
