/** A problem with the pipeline's input, named by the file and, where there is one, the feature. */
export class PipelineError extends Error {
	constructor(
		readonly file: string,
		readonly feature: string | null,
		readonly problem: string
	) {
		super(`${file}${feature === null ? '' : ` — feature ${feature}`}: ${problem}`);
		this.name = 'PipelineError';
	}
}
