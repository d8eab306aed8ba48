import { TaskStatus } from './reconcile';

/**
 * Model deprecation campaigns: an admin marks a model deprecated with a
 * replacement and a retirement date; its holders are told and reminded,
 * the campaign tracks who has moved, and on the date the model leaves
 * every key and its grants end.
 */

/**
 * - `deprecated`: announced; the model still works until `retireAt`.
 * - `retired`: the date passed; the model left every key, its grants
 *   ended, and new requests for it are refused.
 *
 * @public
 */
export type DeprecationState = 'deprecated' | 'retired';

/**
 * What everyone sees of a deprecated model (on `LiteMaasModel` and in the
 * catalog).
 *
 * @public
 */
export interface ModelDeprecationInfo {
  state: DeprecationState;
  /** The model to move to, when the admin named one. */
  replacement?: string;
  /** When the model retires (ISO 8601). */
  retireAt: string;
  /** Why, or what to do, in the admin's words. */
  note?: string;
}

/**
 * Days before retirement at which holders who have not moved are
 * reminded.
 *
 * @public
 */
export const DEPRECATION_REMINDER_DAYS = [30, 7, 1] as const;

/**
 * How many days without a request to the old model make a subject count
 * as moved (or idle, when they used neither model).
 *
 * @public
 */
export const DEPRECATION_QUIET_DAYS = 7;

/** @public */
export interface DeprecationProgress {
  /** Subjects holding the model (a grant or a key carrying it). */
  total: number;
  /** No request to the old model for a week, and some to the replacement. */
  moved: number;
  /** No request to either model for a week. */
  idle: number;
  /** Requests to the old model within the last week. */
  using: number;
}

/** @public */
export interface DeprecationCampaign extends ModelDeprecationInfo {
  id: string;
  modelName: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** When the model retired (the task ran on or after `retireAt`). */
  retiredAt?: string;
  /**
   * When every grant had ended and every key had lost the model; unset
   * while the retirement still has keys to follow (the task retries).
   */
  completedAt?: string;
  /** Reminders sent so far, by days before retirement (30, 7, 1). */
  remindersSent: number[];
  /** Whether holders were told of the deprecation yet. */
  announcedAt?: string;
  progress: DeprecationProgress;
}

/**
 * - `moved`: no request to the old model for a week, some to the replacement.
 * - `idle`: no request to either for a week.
 * - `using`: requests to the old model within the last week.
 *
 * @public
 */
export type DeprecationSubjectState = 'moved' | 'idle' | 'using';

/** One holder of a deprecated model, and whether they moved. @public */
export interface DeprecationSubject {
  subjectRef: string;
  state: DeprecationSubjectState;
  /** The subject's grant of the old model, if it holds one. */
  grantId?: string;
  /** Whether the subject holds a grant of the replacement. */
  hasReplacementAccess: boolean;
  /** Active keys of the subject that carry the old model. */
  keys: Array<{ id: string; name: string; componentRef?: string }>;
  /** Over the last week, on the old model. */
  requests7d: number;
  spend7d: number;
  /** The last day (UTC) with a request to the old model, in the usage kept. */
  lastUsedDay?: string;
  /** Over the last week, on the replacement. */
  replacementRequests7d: number;
}

/** @public */
export interface DeprecationDetail {
  campaign: DeprecationCampaign;
  subjects: DeprecationSubject[];
  /**
   * Components tied to keys that carry the model, with their owners: they
   * were told too.
   */
  components: Array<{ componentRef: string; ownerRef?: string }>;
}

/** @public */
export interface DeprecateModelBody {
  /** A model of the catalog, not this one and not itself deprecated. */
  replacement?: string;
  /** ISO 8601, in the future. */
  retireAt: string;
  note?: string;
}

/** @public */
export interface RetireNowBody {
  /** Must be the model's name, as a guard against a slip. */
  confirm: string;
}

/** What the catalog reads to show models deprecated or retired. @public */
export interface ModelLifecycleResponse {
  items: Array<ModelDeprecationInfo & { modelName: string }>;
}

/** What one run of the deprecation task did. @public */
export interface DeprecationRunReport {
  announced: number;
  reminded: number;
  retired: number;
  grantsEnded: number;
  keysChanged: number;
  /** Keys or grants that could not follow yet; the next run retries. */
  failed: number;
}

/** The deprecation task's last run. @public */
export type DeprecationTaskStatus = TaskStatus<DeprecationRunReport>;
