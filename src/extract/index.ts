// Public entry of the extraction stage.
export { extract } from './extract.js';
export type { ExtractOptions } from './index-cache.js';
export { getIndex } from './index-cache.js';
export * from './types.js';
