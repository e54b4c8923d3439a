// Tracking positions over time.
export { buildPositions, comparePositions, inPosition, otherChange, placedDate, placedOrder, positionAsOf, PositionStream, sortStances, streamPosition, territorialChange } from './positions.js';
export type { Change, ChangeLabel, EvidenceRef, Position, PositionOptions, PositionSource, PositionStep, RegionMove, RegionStance } from './positions.js';
export { STANCES, STANCE_WORDS, eventStances, isTerritorial, loadFronts, stanceRank } from './stances.js';
export type { EventStance, Front, Stance, StanceBasis } from './stances.js';
export { describeStances, explainChange, narrative, summarizeStep } from './explain.js';
export { builtinRegionTable, loadRegionTable, regionTable } from './areas.js';
export type { RegionTable } from './areas.js';
