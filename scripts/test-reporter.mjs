// Node's spec reporter, with skips counted and named in the summary. Node counts a skipped test but
// not a skipped suite (`describe(…, { skip })`), so a whole skipped browser suite used to read as
// "skipped 0". Here every skipped test or suite counts, and each is named with its reason just
// before the closing counts (which stay Node's last lines).
import { Readable } from 'node:stream';
import { spec } from 'node:test/reporters';

export default async function* summary(source) {
  const skipped = [];
  let named = false;
  async function* counted() {
    for await (const ev of source) {
      if ((ev.type === 'test:pass' || ev.type === 'test:fail') && ev.data.skip !== undefined) skipped.push(ev.data);
      if (ev.type === 'test:diagnostic' && !named && /^tests \d+$/.test(ev.data.message)) {
        named = true;
        for (const t of skipped) {
          const reason = typeof t.skip === 'string' ? ` (${t.skip.replace(/^skipped:\s*/, '')})` : '';
          yield { ...ev, data: { ...ev.data, message: `skipped: ${t.name}${reason}` } };
        }
      }
      if (ev.type === 'test:diagnostic' && /^skipped \d+$/.test(ev.data.message)) {
        yield { ...ev, data: { ...ev.data, message: `skipped ${skipped.length}` } };
        continue;
      }
      yield ev;
    }
  }
  for await (const chunk of Readable.from(counted()).pipe(new spec())) yield chunk;
}
