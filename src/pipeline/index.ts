// The ingest pipeline (read → extract → sign → store → link), shared by the CLI, the server and workers.
export { Pipeline } from './pipeline.js';
export type { PipelineOptions, Processed } from './pipeline.js';
export { extractorVersion } from './version.js';
