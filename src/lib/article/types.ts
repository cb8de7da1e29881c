export type RefKind = 'region' | 'country' | 'place';

/** region: ISO 3166-2 (UA-14, RU-KRS); country: ISO 3166-1 alpha-2 (UA); place: slug (moscow). */
export interface Ref {
	kind: RefKind;
	id: string;
}

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

export const refKinds: readonly RefKind[] = ['region', 'country', 'place'];

/** Map key for a ref, e.g. `region:RU-KRS`. */
export function refKey(ref: Ref): string {
	return `${ref.kind}:${ref.id}`;
}

export function isMention(segment: Segment): segment is MentionSegment {
	return 'ref' in segment;
}

export function blockText(block: Block): string {
	return block.segments.map((s) => s.text).join('');
}
