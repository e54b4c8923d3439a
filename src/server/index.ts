// The web app and JSON API (parley serve).
export { CSP, ParleyServer, safeJson, startServer } from './server.js';
export type { ServerOptions } from './server.js';
export { esc, html, safeExternalUrl } from './html.js';
export { openApiDocument } from './openapi.js';
export { ROUTES } from './routes.js';
