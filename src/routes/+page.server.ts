import { checkArticleAgainstData } from '$lib/article/checkAgainstData.server';

// Runs once, when the page is prerendered: a mention of an unknown id fails the build.
export function load() {
	checkArticleAgainstData();
	return {};
}
