import { isCalendarDate } from '../../../src/lib/data/calendarDate';
import { PipelineError } from '../errors';

/** A source a reader can open: who published it, what, when, and where. */
export interface SourceRef {
	title: string;
	publisher: string;
	/** YYYY-MM-DD; null for an undated page (a reference work, a report card). */
	date: string | null;
	url?: string;
	/** Where the data was read, when it is a copy kept by someone else (a GitHub archive of a map's history). */
	archive?: { repository: string; commit: string; file: string; licence: string };
}

/** Checks a source record: publisher, title, a real date, and an archive with a full commit if it names one. */
export function checkSource(file: string, id: string, value: unknown): SourceRef {
	const ref = value as Partial<SourceRef> | null;
	if (!ref || typeof ref.title !== 'string' || typeof ref.publisher !== 'string') throw new PipelineError(file, id, 'needs a source with "publisher" and "title"');
	if (ref.date !== null && !isCalendarDate(ref.date)) throw new PipelineError(file, id, `has a source date that is neither a real YYYY-MM-DD date nor null (undated): ${JSON.stringify(ref.date)}`);
	if (ref.url !== undefined && !/^https:\/\/\S+$/.test(ref.url)) throw new PipelineError(file, id, `has a source url that is not https: ${JSON.stringify(ref.url)}`);
	if (ref.archive) {
		const a = ref.archive;
		if (typeof a.repository !== 'string' || !/^[0-9a-f]{40}$/.test(String(a.commit)) || typeof a.file !== 'string' || typeof a.licence !== 'string') {
			throw new PipelineError(file, id, 'has an archive without "repository", a full 40-hex "commit", "file" and "licence"');
		}
	}
	return ref as SourceRef;
}

/** "Publisher, Title (YYYY-MM-DD)", or "(undated)": how a source is cited in the manifest and the figures. */
export function citation(ref: SourceRef): string {
	return `${ref.publisher}, ${ref.title} (${ref.date ?? 'undated'})`;
}
