// ?raw bundles the markup as a string at build time; parsing on import makes a syntax error
// fail the first thing that loads this module (unit tests, prerendering) rather than a reader.
import md from './putin-says-yes-to-the-truce.md?raw';
import { parseArticle } from './parseArticle';

export const article = parseArticle(md);

export type { Article, Block, BlockKind, MentionSegment, PlainSegment, Ref, RefKind, Segment } from './types';
export { blockText, isMention, refKey } from './types';
export { parseArticle } from './parseArticle';
export { plainText } from './plainText';
export { mentionIndex, mentionsIn } from './mentionIndex';
export { articleNames, checkArticle, knownArticleIds, knownIdsFrom, type ArticleName, type KnownIds } from './checkArticle';
