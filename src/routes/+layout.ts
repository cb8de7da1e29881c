// Every page is prerendered: the build is plain files for any static host or CDN.
export const prerender = true;
