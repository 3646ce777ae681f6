// Control Panel → Marketplace → Salesforce, the connections: who is connected (searchable,
// paginated), ending one person's connection, and the audit trail, on screen and as CSV. Admin
// only; every state change CSRF-checked like every /api request.
import { auditQuerySchema, connectionsQuerySchema, type AdminDisconnectResponse, type AuditResponse, type ConnectionsResponse } from '@sfsearch/contracts';
import { stringify } from 'csv-stringify';
import { Router } from 'express';
import { invalidRequest } from '../errors.ts';
import { currentUser, requireAdmin } from '../http/session.ts';
import { issueMessage } from '../messages/messages.ts';
import type { ConnectionsService } from './connections-service.ts';

const BASE = '/api/admin/marketplace/salesforce';

function parsed<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string; params?: unknown }[] } } }, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalidRequest(result.error.issues.slice(0, 1).map(issueMessage));
}

export function connectionsRoutes(connections: ConnectionsService): Router {
  const router = Router();
  const actor = (req: Parameters<typeof currentUser>[0]) => currentUser(req).email || currentUser(req).id;

  router.get(`${BASE}/connections`, requireAdmin, async (req, res) => {
    const body: ConnectionsResponse = await connections.list(parsed(connectionsQuerySchema, req.query));
    res.json(body);
  });

  router.post(`${BASE}/connections/:userId/disconnect`, requireAdmin, async (req, res) => {
    const { revoked } = await connections.disconnect(actor(req), String(req.params.userId));
    const body: AdminDisconnectResponse = { ok: true, revoked };
    res.json(body);
  });

  router.get(`${BASE}/audit`, requireAdmin, async (req, res) => {
    const body: AuditResponse = await connections.audit(parsed(auditQuerySchema, req.query));
    res.json(body);
  });

  // The whole trail, streamed a page at a time; a cell that starts like a formula is quoted so a
  // spreadsheet shows it rather than runs it (OWASP, CSV injection).
  router.get(`${BASE}/audit.csv`, requireAdmin, async (_req, res) => {
    res.type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="salesforce-audit-trail.csv"');
    const csv = stringify({ header: true, columns: ['id', 'at', 'actor', 'action', 'details'], escape_formulas: true, bom: true });
    csv.pipe(res);
    for await (const entries of connections.auditPages()) {
      for (const e of entries) csv.write([e.id, e.at, e.actor, e.action, JSON.stringify(e.details)]);
    }
    csv.end();
  });

  return router;
}
