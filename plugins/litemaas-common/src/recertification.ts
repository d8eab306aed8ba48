import { AccessLimits } from './access';

/**
 * What happens to grants nobody confirmed by a campaign's deadline: they
 * end, or they are only flagged for the reviewers to follow up.
 *
 * @public
 */
export type RecertificationOnDeadline = 'end' | 'flag';

/**
 * Where one grant stands in a campaign.
 * - `pending`: nobody decided yet.
 * - `keep` / `end`: a reviewer decided (an ended grant's keys follow).
 * - `expired`: not confirmed by the deadline, so it ended.
 * - `flagged`: not confirmed by the deadline, kept but flagged.
 * - `gone`: the grant ended some other way meanwhile.
 *
 * @public
 */
export type RecertificationDecision =
  | 'pending'
  | 'keep'
  | 'end'
  | 'expired'
  | 'flagged'
  | 'gone';

/** @public */
export interface RecertificationProgress {
  total: number;
  pending: number;
  keep: number;
  end: number;
  expired: number;
  flagged: number;
  gone: number;
}

/** @public */
export interface RecertificationCampaign {
  id: string;
  name: string;
  /** The models whose grants it covers. */
  modelNames: string[];
  createdBy: string;
  createdAt: string;
  /** When unconfirmed grants end (or are flagged). */
  deadline: string;
  onDeadline: RecertificationOnDeadline;
  status: 'open' | 'closed';
  closedAt?: string;
  progress: RecertificationProgress;
}

/** One grant under review, with what tells whether it is still needed. */
/** @public */
export interface RecertificationItem {
  requestId: string;
  subjectRef: string;
  modelName: string;
  limits: AccessLimits;
  /** When the grant was given. */
  grantedAt?: string;
  expiresAt?: string;
  decision: RecertificationDecision;
  decidedBy?: string;
  decidedAt?: string;
  reason?: string;
  /** The last day (UTC) the subject used the model, if in the usage kept. */
  lastUsedDay?: string;
  /** The subject's spend and requests on the model over the last 90 days. */
  spend90d: number;
  requests90d: number;
}

/** @public */
export interface RecertificationDetail {
  campaign: RecertificationCampaign;
  items: RecertificationItem[];
}

/** @public */
export interface CreateRecertificationBody {
  name?: string;
  /** Default: every model the caller reviews. */
  modelNames?: string[];
  /** ISO 8601; in the future. */
  deadline: string;
  /** Default `flag`. */
  onDeadline?: RecertificationOnDeadline;
}

/** @public */
export interface RecertificationDecisionsBody {
  decisions: Array<{
    requestId: string;
    decision: 'keep' | 'end';
    reason?: string;
  }>;
}

/** @public */
export interface RecertificationDecisionsResponse {
  /** One per decision, in order: each succeeds or fails on its own. */
  results: Array<{
    requestId: string;
    ok: boolean;
    error?: { name: string; message: string };
  }>;
  /** The campaign after the decisions. */
  detail: RecertificationDetail;
}

/** Columns of a campaign's decisions export, in order. @public */
export const RECERTIFICATION_CSV_COLUMNS = [
  'campaign',
  'model',
  'subject',
  'requestId',
  'decision',
  'decidedBy',
  'decidedAt',
  'reason',
  'lastUsedDay',
  'spend90d',
  'requests90d',
] as const;
