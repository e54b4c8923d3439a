// Section: the whole `parley extract DIR --format eval > /dev/null` process, pinned to one core.
// Articles/s here include Node start-up and module loading, as a user would see them.
import { mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { best, BIN, fmt, type BenchContext, type Section, type Table } from './common.js';

export const cliExtract: Section = {
  name: 'cli',
  async run(ctx: BenchContext): Promise<Table[]> {
    const node = process.execPath;
    const rows: Table['rows'] = [];
    const notes: string[] = [];
    let contended = false;

    // Start-up: the CLI with no work, and extract over a single article.
    const version = await best(Math.max(3, ctx.runs), [...ctx.pin, node, BIN, '--version']);
    rows.push(['parley --version', '', '', fmt.ms(version.wallMs), fmt.ms(version.cpuMs), '', '', fmt.rss(version.peakRssKb), version.status ?? 'signal']);
    const first = ctx.sets[0];
    if (first) {
      const one = join(ctx.tmp, 'one-article');
      mkdirSync(one, { recursive: true });
      const name = readdirSync(first.dir).sort()[0];
      copyFileSync(join(first.dir, name), join(one, name));
      const r = await best(Math.max(3, ctx.runs), [...ctx.pin, node, BIN, 'extract', one, '--format', 'eval']);
      rows.push([`extract, 1 article (${first.name})`, 1, '', fmt.ms(r.wallMs), fmt.ms(r.cpuMs), '', '', fmt.rss(r.peakRssKb), r.status ?? 'signal']);
    }

    for (const set of ctx.sets) {
      const r = await best(ctx.runs, [...ctx.pin, node, BIN, 'extract', set.dir, '--format', 'eval']);
      const ok = r.status === 0;
      rows.push([`extract ${set.name}`, fmt.int(set.files), fmt.mb(set.bytes), fmt.ms(r.wallMs), fmt.ms(r.cpuMs),
        ok ? fmt.num(set.files / (r.wallMs / 1000)) : 'failed', ok && r.cpuMs ? fmt.num(set.files / (r.cpuMs / 1000)) : 'n/a', fmt.rss(r.peakRssKb), r.status ?? 'signal']);
      if (r.cpuMs && r.cpuMs < 0.85 * r.wallMs) contended = true;
      if (r.status !== 0) notes.push(`${set.name}: exit ${r.status}, ${r.stderrLines} stderr lines; first: ${r.stderrHead}`);
    }
    return [{
      title: `CLI: node bin/parley.js extract DIR --format eval > /dev/null ${ctx.pin.length ? `(${ctx.pin.join(' ')})` : '(not pinned: taskset missing)'}`,
      columns: ['run', 'articles', 'input', 'wall', 'CPU', 'articles/s', 'per CPU-s', 'peak RSS', 'exit'],
      rows,
      notes: [
        `best of ${ctx.runs} run(s); articles/s = articles / wall time, start-up included; per CPU-s = articles / (user+sys) time`,
        ...(contended ? ['CPU time well below wall time: the core was shared with other work, so per CPU-s is the steadier figure'] : []),
        ...notes,
      ],
    }];
  },
};
