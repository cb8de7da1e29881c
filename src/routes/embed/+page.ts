// Served as embed/index.html, so `/embed/` is a folder of its own like `/present/`.
export const trailingSlash = 'always';
