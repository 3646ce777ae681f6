import type { Row, Sql } from './driver.ts';
import type { AuditLog } from './store.ts';
import type { AuditEntry } from './types.ts';

interface AuditRow extends Row {
  id: number;
  at: number;
  actor: string;
  action: string;
  details: string;
}

const toEntry = (row: AuditRow): AuditEntry => ({
  id: Number(row.id),
  at: new Date(Number(row.at)),
  actor: row.actor,
  action: row.action,
  details: JSON.parse(row.details) as Record<string, unknown>,
});

export function createAuditLog(sql: Sql): AuditLog {
  return {
    async append({ actor, action, details = {} }) {
      const row = await sql.get<AuditRow>(
        'INSERT INTO audit_log (at, actor, action, details) VALUES (?, ?, ?, ?) RETURNING id, at, actor, action, details',
        [Date.now(), actor, action, JSON.stringify(details)],
      );
      return toEntry(row as AuditRow);
    },
    async list({ limit = 50, before } = {}) {
      const n = Math.max(1, Math.min(Math.trunc(limit), 1000));
      // Ordered by id, not time: two entries in one millisecond keep their order.
      const rows =
        before === undefined
          ? await sql.all<AuditRow>('SELECT id, at, actor, action, details FROM audit_log ORDER BY id DESC LIMIT ?', [n])
          : await sql.all<AuditRow>('SELECT id, at, actor, action, details FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?', [before, n]);
      return rows.map(toEntry);
    },
  };
}
