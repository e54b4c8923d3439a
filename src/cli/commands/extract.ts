// Placeholder until the 'extract' command lands; replaced by its implementation.
import type { CommandIO } from '../io.js';
export const usage = 'parley extract: not yet available';
export async function run(_args: string[], io: CommandIO): Promise<number> {
  io.err('parley extract: not yet available in this build\n');
  return 1;
}
