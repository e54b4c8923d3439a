// Tracking positions over time.
export { buildPositions, changeLabel, comparePositions, positionAsOf } from './positions.js';
export type { ChangeLabel, Position, PositionStep } from './positions.js';
export { builtinRegionTable, loadRegionTable, regionTable } from './areas.js';
export type { RegionTable } from './areas.js';
