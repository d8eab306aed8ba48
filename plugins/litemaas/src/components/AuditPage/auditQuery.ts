import {
  AuditOutcome,
  AuditQuery,
} from '@litemaas/backstage-plugin-litemaas-common';
import { toEntityRef } from '../format';

/** What the reader set in the filter bar, as typed. */
export interface AuditFilters {
  search: string;
  action: string;
  actor: string;
  model: string;
  outcome: '' | AuditOutcome;
  /** Days as the date fields give them: "2026-11-20", or ''. */
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilters = {
  search: '',
  action: '',
  actor: '',
  model: '',
  outcome: '',
  from: '',
  to: '',
};

/**
 * The actor as an entity ref: people type "alice" or "group:payments"; the
 * trail keeps "user:default/alice". Other actors (a service, the portal's
 * `system:litemaas`) go as typed.
 */
export function actorRef(input: string): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  const kind = text.includes(':') ? text.slice(0, text.indexOf(':')) : 'user';
  return /^(user|group)$/i.test(kind) ? toEntityRef(text, 'user') : text;
}

/** Whether `day` ("2026-11-20") names a real day. */
function isDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(localDay(day, 0));
}

/** Midnight of a day, `offset` days later, in the reader's time zone. */
function localDay(day: string, offset: number): number {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + offset).getTime();
}

/** Whether the range ends before it starts. */
export function rangeIsBackwards(filters: AuditFilters): boolean {
  return isDay(filters.from) && isDay(filters.to) && filters.to < filters.from;
}

/**
 * The server's query for the filters. Dates are the reader's days: "from"
 * starts at that day's midnight, and "to" includes its whole day (the
 * server's `to` is exclusive).
 */
export function auditQuery(filters: AuditFilters): AuditQuery {
  const search = filters.search.trim();
  const actor = actorRef(filters.actor);
  return {
    ...(search && { search }),
    ...(filters.action && { action: filters.action }),
    ...(actor && { actorRef: actor }),
    ...(filters.model && { modelName: filters.model }),
    ...(filters.outcome && { outcome: filters.outcome }),
    ...(isDay(filters.from) && {
      from: new Date(localDay(filters.from, 0)).toISOString(),
    }),
    ...(isDay(filters.to) && {
      to: new Date(localDay(filters.to, 1)).toISOString(),
    }),
  };
}

/** Whether any filter is set. */
export function hasFilters(filters: AuditFilters): boolean {
  return Object.values(filters).some(value => value !== '');
}
