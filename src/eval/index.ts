// Evaluation: the flat eval record (spec §4) and scoring against gold (spec §5).
export { toEvalRecord, formatEvalRecord } from './record.js';
export type { EvalRecord } from './record.js';
export { score, scoreDetails, formatReport, formatReportJson, readJsonl, parseJsonl, dayRange, normOutlet, SCORED_TYPES } from './score.js';
export type { ScoreReport, PRF, AttributeScores, FormatOptions } from './score.js';
