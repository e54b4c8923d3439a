// Temporary stub, replaced by the real HTML reader.
import type { Problem, ReadResult } from './types.js';
import { failed } from './build.js';
import { problem } from './problems.js';
export interface HtmlReadOptions { id: string; source: string; hash: string; warnings: Problem[] }
export function readHtml(_html: string, o: HtmlReadOptions): ReadResult {
  return failed(problem(o.source, 'unsupported', 'HTML is not supported yet', true), o.warnings);
}
