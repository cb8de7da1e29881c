// /data/figures.csv, written once when the site is prerendered, beside the data it is made from.
import { shippedFiguresCsv } from '$lib/embed/figuresCsv.server';

export const prerender = true;

export function GET(): Response {
	return new Response(shippedFiguresCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
