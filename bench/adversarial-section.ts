// Section: extraction time on adversarial articles (issue 10): one absurd "sentence" of each shape
// at 1, 2 and 5 MiB, each in a fresh child process pinned to one core. Linear means the 5 MiB
// figure is about five times the 1 MiB one; the target is 5 MiB under 5 s of CPU.
import { join } from 'node:path';
import { ADVERSARIAL_SHAPES, MIB, type AdversarialFigures, type AdversarialShape } from './adversarial.js';
import { best, DIST_BENCH, fmt, type BenchContext, type Section, type Table } from './common.js';

const SIZES = [1, 2, 5];

export const adversarial: Section = {
  name: 'adversarial',
  async run(ctx: BenchContext): Promise<Table[]> {
    const rows: Table['rows'] = [];
    const notes: string[] = [];
    for (const shape of Object.keys(ADVERSARIAL_SHAPES) as AdversarialShape[]) {
      const cpu: Array<number | null> = [];
      let claims = 0;
      for (const mib of SIZES) {
        const r = await best(ctx.runs, [...ctx.pin, process.execPath, join(DIST_BENCH, 'adversarial-run.js'), shape, String(mib * MIB)], { keepStdout: true });
        if (r.status !== 0) { cpu.push(null); notes.push(`${shape} ${mib} MiB: failed (exit ${r.status}): ${r.stderrHead}`); continue; }
        const f = JSON.parse(r.stdout) as AdversarialFigures;
        cpu.push(f.cpuMs);
        claims = f.claims;
      }
      const [one, , five] = cpu;
      rows.push([shape, ...cpu.map((ms) => fmt.ms(ms)), one && five ? fmt.num(five / one, 1) : 'n/a', five == null ? 'n/a' : five < 5000 ? 'yes' : 'NO', claims]);
    }
    return [{
      title: `Adversarial articles: read + extract one article, CPU time ${ctx.pin.length ? `(${ctx.pin.join(' ')})` : '(not pinned: taskset missing)'}`,
      columns: ['shape', ...SIZES.map((m) => `${m} MiB`), '5 MiB / 1 MiB', '5 MiB < 5 s', 'claims (5 MiB)'],
      rows,
      notes: [`best of ${ctx.runs} run(s) by wall time; CPU = user + system of the read and extraction alone, after a warm-up article; linear ≈ 5.0`, ...notes],
    }];
  },
};
