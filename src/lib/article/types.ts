import { formatMapRef, refKinds, type Ref, type RefKind } from '$lib/refs/mapRef';

export { refKinds, type Ref, type RefKind };

export type PlainSegment = { text: string };
export type MentionSegment = { text: string; ref: Ref };
export type Segment = PlainSegment | MentionSegment;

export type BlockKind = 'title' | 'kicker' | 'heading' | 'paragraph' | 'quote';

export interface Block {
	id: string;
	kind: BlockKind;
	segments: Segment[];
}

export interface Article {
	title: string;
	/** Text of the kicker block without surrounding whitespace; null when there is none. */
	kicker: string | null;
	/** YYYY-MM-DD */
	date: string;
	source: string;
	blocks: Block[];
}

/** Map key for a ref, e.g. `region:RU-KRS`. */
export const refKey = formatMapRef;

export function isMention(segment: Segment): segment is MentionSegment {
	return 'ref' in segment;
}

export function blockText(block: Block): string {
	return block.segments.map((s) => s.text).join('');
}
