// Placeholder until the 'export' command lands; replaced by its implementation.
import type { CommandIO } from '../io.js';
export const usage = 'parley export: not yet available';
export async function run(_args: string[], io: CommandIO): Promise<number> {
  io.err('parley export: not yet available in this build\n');
  return 1;
}
