// Served as present/index.html, beside present/presenter/: the folder needs its own index.
export const trailingSlash = 'always';
