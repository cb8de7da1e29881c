/** Pipeline settings that shape the outputs. Changing one changes the committed files. */
export const pipelineConfig = {
	/** Quantization of the topology: 10^6 steps across the context box, about 5 m. */
	quantization: 1_000_000,
	/**
	 * Visvalingam simplification threshold, in square degrees of planar triangle area. 2e-5 deg² is
	 * about 0.15 km² at 48°N: a vertex is kept when the triangle it makes with its neighbours is larger.
	 * The simplification runs on the shared topology, so a border two units share is simplified
	 * once and stays shared: no gaps or slivers appear between neighbours at any zoom.
	 */
	simplifyMinWeight: 2e-5,
	/**
	 * Quantization of the shipped topology: 2×10^5 steps across the drawn area (38° by 20.5°), about
	 * 20 m east-west and 11 m north-south, finer than a pixel at the app's highest zoom.
	 */
	outputQuantization: 200_000,
	/** Decimal places kept in label and river coordinates: 4 places is about 11 m in latitude. */
	coordinateDecimals: 4
} as const;
