// The briefing is a folder of its own (/briefing/), like /present/, so its relative links resolve the same way.
export const trailingSlash = 'always';
