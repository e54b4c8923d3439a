// What `parley jobs` shows: the ingest queue's jobs by state, and the dead-lettered ones with the
// error that ended them. Read from pg-boss's tables.
import pg from 'pg';
import { bossTarget, DEAD_QUEUE, INGEST_QUEUE } from './queue.js';

export interface DeadJob { id: string; input: string; error: string; failedAt: string }
export interface QueueReport { states: Record<string, number>; dead: DeadJob[]; deadTotal: number }

export async function queueReport(url: string, limit = 50): Promise<QueueReport> {
  const { connectionString, schema } = bossTarget(url);
  const c = new pg.Client({ connectionString });
  await c.connect();
  try {
    const exists = (await c.query('SELECT to_regclass($1) AS t', [`${schema}.job`])).rows[0].t != null;
    if (!exists) return { states: {}, dead: [], deadTotal: 0 };
    const states: Record<string, number> = {};
    for (const r of (await c.query(`SELECT state::text AS state, count(*)::int AS n FROM "${schema}".job WHERE name = $1 GROUP BY state`, [INGEST_QUEUE])).rows) {
      states[r.state] = r.n;
    }
    const deadTotal = (await c.query(`SELECT count(*)::int AS n FROM "${schema}".job WHERE name = $1`, [DEAD_QUEUE])).rows[0].n;
    const dead = (await c.query(`SELECT id::text AS id, data, output, created_on FROM "${schema}".job WHERE name = $1
      ORDER BY created_on DESC, id LIMIT $2`, [DEAD_QUEUE, limit])).rows.map((r) => ({
      id: r.id,
      input: r.data?.kind === 'url' ? r.data.url : r.data?.source ?? '?',
      error: String(r.output?.message ?? r.output?.value ?? JSON.stringify(r.output ?? null)).split('\n')[0],
      failedAt: new Date(r.created_on).toISOString(),
    }));
    return { states, dead, deadTotal };
  } finally {
    await c.end();
  }
}
