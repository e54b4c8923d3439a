// Placeholder until the 'events' command lands; replaced by its implementation.
import type { CommandIO } from '../io.js';
export const usage = 'parley events: not yet available';
export async function run(_args: string[], io: CommandIO): Promise<number> {
  io.err('parley events: not yet available in this build\n');
  return 1;
}
