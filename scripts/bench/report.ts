// Number formatting and plain-text tables for the benchmark's output.

export type Align = 'left' | 'right';

/**
 * A table with a header row, a rule under it, and rules where a row is `rule`. Columns are as wide
 * as their widest cell, or `minWidths`; the first is left-aligned and the rest right-aligned unless
 * `align` says otherwise.
 */
export function table(headers: string[], rows: (string[] | 'rule')[], align: Align[] = [], minWidths: number[] = []): string {
	const cells = rows.filter((row): row is string[] => row !== 'rule');
	const widths = headers.map((header, i) => Math.max(minWidths[i] ?? 0, header.length, ...cells.map((row) => (row[i] ?? '').length)));
	const line = (row: string[]) =>
		'  ' +
		row
			.map((cell, i) => ((align[i] ?? (i === 0 ? 'left' : 'right')) === 'left' ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
			.join('   ')
			.trimEnd();
	const rule = '  ' + widths.map((w) => '─'.repeat(w)).join('───');
	return [line(headers), rule, ...rows.map((row) => (row === 'rule' ? rule : line(row)))].join('\n');
}

/** `label   value` lines, the values aligned. */
export function facts(pairs: [string, string][]): string {
	const width = Math.max(...pairs.map(([label]) => label.length));
	return pairs.map(([label, value]) => `  ${label.padEnd(width)}   ${value}`).join('\n');
}

/** A section title with a rule under it. */
export function heading(title: string): string {
	return `\n${title}\n${'═'.repeat(title.length)}`;
}

const grouped = new Intl.NumberFormat('en-GB');
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Bytes with thousands separators: 368,498 B. */
export function bytes(n: number): string {
	return `${grouped.format(n)} B`;
}

/** Bytes in kilobytes of 1,000 bytes, one decimal: 368.5 kB. */
export function kB(n: number): string {
	return `${oneDecimal.format(n / 1000)} kB`;
}

/** Milliseconds, whole: 4,213 ms. */
export function ms(n: number): string {
	return `${grouped.format(Math.round(n))} ms`;
}

export function median(values: number[]): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The `p`th percentile (0–100), nearest rank. */
export function percentile(values: number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Milliseconds, one decimal: 16.7 ms. */
export function ms1(n: number): string {
	return Number.isFinite(n) ? `${oneDecimal.format(n)} ms` : '–';
}

export function percent(part: number, whole: number): string {
	return `${((100 * part) / whole).toFixed(1)}%`;
}
