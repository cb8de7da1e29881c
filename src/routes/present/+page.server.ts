import { checkDeckAgainstData } from '$lib/present/validateDeck.server';

// Runs once, when the page is prerendered: a chapter naming an unknown id fails the build.
export function load() {
	checkDeckAgainstData();
	return {};
}
