// Section 1 of `npm run bench`: the bytes a first load of the app transfers, by kind, the first
// view's data against its budget, and the bare MapLibre page's for comparison.
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import type { ServedRequest } from '../server.js';
import { load, networkQuiet, type Load } from './load.js';
import { bytes, heading, kB, percent, table } from './report.js';
import { app, bare, dataBudget, type BenchServer, type PageKind } from './setup.js';

const kinds = ['HTML', 'JS', 'CSS', 'data', 'fonts', 'other'] as const;
type Kind = (typeof kinds)[number];

function kindOf(request: ServedRequest): Kind {
	if (request.status !== 200) return 'other';
	if (request.path.startsWith('/data/')) return 'data';
	const type = request.contentType;
	if (type.startsWith('text/html')) return 'HTML';
	if (type.startsWith('text/javascript')) return 'JS';
	if (type.startsWith('text/css')) return 'CSS';
	if (type.startsWith('font/')) return 'fonts';
	return 'other';
}

const gzipCache = new Map<string, number>();
function gzipSize(request: ServedRequest): number {
	const key = `${request.status} ${request.path}`;
	let size = gzipCache.get(key);
	if (size === undefined) {
		size = gzipSync(request.body, { level: 9 }).length;
		gzipCache.set(key, size);
	}
	return size;
}

export interface Transfer {
	requests: ServedRequest[];
	byKind: Map<Kind, { files: number; raw: number; gzip: number }>;
	raw: number;
	gzip: number;
}

function summarise(requests: ServedRequest[]): Transfer {
	const byKind = new Map(kinds.map((k) => [k, { files: 0, raw: 0, gzip: 0 }]));
	for (const request of requests) {
		const entry = byKind.get(kindOf(request))!;
		entry.files++;
		entry.raw += request.body.length;
		entry.gzip += gzipSize(request);
	}
	const sum = (f: (e: { raw: number; gzip: number }) => number) => [...byKind.values()].reduce((t, e) => t + f(e), 0);
	return { requests, byKind, raw: sum((e) => e.raw), gzip: sum((e) => e.gzip) };
}

/** Loads a page once with the server's log cleared and returns what it transferred. */
async function measureTransfer(browser: Browser, server: BenchServer, kind: PageKind): Promise<{ transfer: Transfer; load: Load }> {
	server.clearLog();
	let requests: ServedRequest[] = [];
	const result = await load(browser, server, kind, async () => {
		await networkQuiet(server);
		requests = [...server.log];
	});
	return { transfer: summarise(requests), load: result };
}

function transferTable(transfer: Transfer): string {
	const rows: (string[] | 'rule')[] = kinds.map((k) => {
		const e = transfer.byKind.get(k)!;
		return [k, String(e.files), bytes(e.raw), kB(e.raw), bytes(e.gzip), kB(e.gzip)];
	});
	rows.push('rule', ['total', String(transfer.requests.length), bytes(transfer.raw), kB(transfer.raw), bytes(transfer.gzip), kB(transfer.gzip)]);
	return table(['kind', 'files', 'raw', '', 'gzip -9', ''], rows);
}

export interface BytesResult {
	/** The app's first load: what it transferred, and its canvas. */
	appLoad: { transfer: Transfer; load: Load };
	/** The bare page's first load. */
	bareLoad: { transfer: Transfer; load: Load };
	/** The first view's data (files under /data/), gzipped. */
	dataGzip: number;
	/** Whether that is within {@link dataBudget}. */
	within: boolean;
}

/**
 * 1. Bytes of a first load, of the app and then of the bare page. These two loads also warm up the
 * browser and the file cache; they are not timed.
 */
export async function bytesSection(browser: Browser, server: BenchServer): Promise<BytesResult> {
	console.log(heading('1. Bytes transferred, first load of the app (fresh context, no cache)'));
	const appLoad = await measureTransfer(browser, server, app);
	console.log(transferTable(appLoad.transfer));
	const others = appLoad.transfer.requests.filter((r) => kindOf(r) === 'other');
	if (others.length) console.log(`  other: ${others.map((r) => (r.status === 200 ? r.path : `${r.path} (${r.status})`)).join(', ')}`);
	console.log('  gzip -9: each response body compressed with node:zlib at level 9 (the local server sends it');
	console.log('  uncompressed); kB = 1,000 bytes.');

	const dataFiles = appLoad.transfer.requests.filter((r) => kindOf(r) === 'data').sort((a, b) => a.path.localeCompare(b.path));
	const dataGzip = dataFiles.reduce((t, r) => t + gzipSize(r), 0);
	console.log('\n  First-view data (files under /data/ that the first view loaded):');
	console.log(
		table(
			['file', 'raw', 'gzip -9'],
			[...dataFiles.map((r) => [r.path, bytes(r.body.length), bytes(gzipSize(r))]), 'rule', ['total', bytes(dataFiles.reduce((t, r) => t + r.body.length, 0)), bytes(dataGzip)]]
		)
	);
	const within = dataGzip <= dataBudget;
	console.log(`  Budget: ${bytes(dataGzip)} gzipped of ${bytes(dataBudget)} (250 KB) = ${percent(dataGzip, dataBudget)} → ${within ? 'within budget' : 'OVER BUDGET'}`);

	const bareLoad = await measureTransfer(browser, server, bare);
	console.log(`\n  For comparison, the bare MapLibre page: ${bytes(bareLoad.transfer.raw)} raw, ${bytes(bareLoad.transfer.gzip)} gzipped, ${bareLoad.transfer.requests.length} files`);
	const bareFailed = bareLoad.transfer.requests.filter((r) => r.status !== 200);
	if (bareFailed.length) console.log(`  ! the bare page asked for files that are not there: ${bareFailed.map((r) => r.path).join(', ')}`);
	console.log(
		`  (JS ${kB(bareLoad.transfer.byKind.get('JS')!.gzip)}, data ${kB(bareLoad.transfer.byKind.get('data')!.gzip)}, fonts ${kB(bareLoad.transfer.byKind.get('fonts')!.gzip)} gzipped).`
	);
	return { appLoad, bareLoad, dataGzip, within };
}
