import { durationSeconds } from './grants';
import { AccessLimits } from './access';

/**
 * The most an auto-approval grants. Every field set must hold for the
 * request's limits (after the model's defaults fill what was not asked).
 *
 * @public
 */
export interface ApprovalCeiling {
  /** USD per budget period. */
  maxBudget?: number;
  tpm?: number;
  rpm?: number;
  /**
   * The shortest budget period auto-approved (a shorter one spends the
   * budget more often). Without it, the model's default period is the
   * shortest.
   */
  budgetDuration?: string;
}

/**
 * A catalog condition: the subject (or the requester) owns at least one
 * entity of `kind` whose fields equal `filter`.
 *
 * @public
 */
export interface CatalogCondition {
  kind: 'Component' | 'System' | 'Resource' | 'API';
  owner: 'subject' | 'requester';
  filter?: Record<string, string>;
}

/**
 * One approval rule of a model. `name` is how decisions name it.
 * - `autoApprove`: approved at once when the limits are within `ceiling`
 *   and the requester (or the subject) is in one of `groups`.
 * - `twoApprovals`: an asked budget above `aboveBudget` (or none, which is
 *   unlimited) needs two different reviewers.
 * - `escalate`: admins are told when a request waits `afterDays` days.
 * - `deny`: denied at once unless `require` holds in the catalog.
 *
 * @public
 */
export type ApprovalRule = (
  | {
      name: string;
      kind: 'autoApprove';
      groups: string[];
      ceiling: ApprovalCeiling;
    }
  | { name: string; kind: 'twoApprovals'; aboveBudget: number }
  | { name: string; kind: 'escalate'; afterDays: number }
  | { name: string; kind: 'deny'; require: CatalogCondition; reason?: string }
) & {
  /**
   * Set by an admin: the model's owners keep the rule as it is (they may
   * not change or remove it, so an owner cannot undo an admin's control).
   */
  adminOnly?: boolean;
};

/** @public */
export type ApprovalRuleKind = ApprovalRule['kind'];

/** @public */
export const APPROVAL_RULE_KINDS: ReadonlyArray<ApprovalRuleKind> = [
  'autoApprove',
  'twoApprovals',
  'escalate',
  'deny',
];

/** The catalog fields a condition may filter on. @public */
export const CATALOG_CONDITION_FIELDS: ReadonlyArray<string> = [
  'spec.lifecycle',
  'spec.system',
  'spec.type',
  'spec.domain',
  'metadata.namespace',
];

/** The most rules a model may have. @public */
export const MAX_APPROVAL_RULES = 20;

/** @public */
export interface ApprovalRulesBody {
  rules: ApprovalRule[];
}

/**
 * A model's rules and where they come from: `config` rules are read-only
 * over the API; `portal` rules were saved by an admin or an owner.
 *
 * @public
 */
export interface ApprovalRulesResponse {
  modelName: string;
  rules: ApprovalRule[];
  source: 'config' | 'portal' | 'none';
  editable: boolean;
  /**
   * Whether the caller may mark rules admins-only and change those (admins);
   * others keep such rules as they are.
   */
  canSetAdminOnly: boolean;
  updatedBy?: string;
  updatedAt?: string;
}

/** A draft request to test rules against. @public */
export interface ApprovalRulesCheckBody {
  subjectRef: string;
  /** The user who would ask (default: the subject, if a user, else the caller). */
  requestedBy?: string;
  limits?: AccessLimits;
  /** Draft rules to test instead of the saved ones. */
  rules?: ApprovalRule[];
}

/**
 * What the rules do with a request:
 * - `granted` / `denied`: decided at once by `rule`;
 * - `twoApprovals`: waits for two different reviewers;
 * - `people`: waits for one reviewer.
 *
 * @public
 */
export type ApprovalOutcome = 'granted' | 'denied' | 'twoApprovals' | 'people';

/** @public */
export interface ApprovalRulesCheckResponse {
  outcome: ApprovalOutcome;
  /** The rule that decides, if one does. */
  rule?: string;
  /** Why, in a sentence. */
  reason: string;
  /** The limits the rules looked at (asked, then the model's defaults). */
  limits: AccessLimits;
  /** Admins are told after this many days without a decision. */
  escalateAfterDays?: number;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$/;
const DURATION = /^\d+(s|m|h|d|w|mo)$/;
const GROUP_REF =
  /^group:(?:([a-z0-9][a-z0-9._-]*)\/)?([a-z0-9][a-z0-9._-]*)$/i;

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function onlyFields(
  value: Plain,
  allowed: string[],
  where: string,
  problems: string[],
) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      problems.push(`${where}: unknown field '${key}'`);
    }
  }
}

function amount(
  value: unknown,
  where: string,
  problems: string[],
  integer = false,
): number | undefined {
  if (value === undefined) return undefined;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < 0 ||
    (integer && !Number.isInteger(value))
  ) {
    problems.push(
      `${where} must be ${
        integer ? 'a whole number' : 'a number'
      } of 0 or more`,
    );
    return undefined;
  }
  return value;
}

/**
 * Checks rules written by people (the API, config) and returns them in
 * one spelling (group refs in full, lower case). Throws an Error that
 * lists every problem, so a 400 says all that is wrong at once.
 *
 * @public
 */
export function validateApprovalRules(input: unknown): ApprovalRule[] {
  const problems: string[] = [];
  if (!Array.isArray(input)) {
    throw new Error('rules must be a list');
  }
  if (input.length > MAX_APPROVAL_RULES) {
    problems.push(`at most ${MAX_APPROVAL_RULES} rules, not ${input.length}`);
  }
  const names = new Set<string>();
  const rules: ApprovalRule[] = [];
  input.forEach((raw, i) => {
    const where = `rules[${i}]`;
    if (!isPlain(raw)) {
      problems.push(`${where} must be an object`);
      return;
    }
    const name = raw.name;
    if (typeof name !== 'string' || !NAME.test(name)) {
      problems.push(
        `${where}.name must be 1 to 64 letters, digits, spaces, '_', '.' or '-'`,
      );
    } else if (names.has(name)) {
      problems.push(`${where}.name '${name}' is used twice`);
    } else {
      names.add(name);
    }
    const at = typeof name === 'string' ? `${where} '${name}'` : where;
    if (raw.adminOnly !== undefined && typeof raw.adminOnly !== 'boolean') {
      problems.push(`${at}: adminOnly must be true or false`);
    }
    const before = rules.length;
    switch (raw.kind) {
      case 'autoApprove': {
        onlyFields(
          raw,
          ['name', 'kind', 'groups', 'ceiling', 'adminOnly'],
          at,
          problems,
        );
        const groups: string[] = [];
        if (
          !Array.isArray(raw.groups) ||
          raw.groups.length === 0 ||
          raw.groups.length > 50
        ) {
          problems.push(`${at}: groups must list 1 to 50 group refs`);
        } else {
          for (const group of raw.groups) {
            const m = typeof group === 'string' ? GROUP_REF.exec(group) : null;
            if (!m) {
              problems.push(
                `${at}: '${String(
                  group,
                )}' is not a group ref such as group:default/ml-platform`,
              );
            } else {
              groups.push(
                `group:${m[1] ?? 'default'}/${m[2]}`.toLocaleLowerCase('en-US'),
              );
            }
          }
        }
        const ceiling: ApprovalCeiling = {};
        if (!isPlain(raw.ceiling)) {
          problems.push(`${at}: ceiling is required (maxBudget, tpm or rpm)`);
        } else {
          const c = raw.ceiling;
          onlyFields(
            c,
            ['maxBudget', 'tpm', 'rpm', 'budgetDuration'],
            `${at}.ceiling`,
            problems,
          );
          ceiling.maxBudget = amount(
            c.maxBudget,
            `${at}: ceiling.maxBudget`,
            problems,
          );
          ceiling.tpm = amount(c.tpm, `${at}: ceiling.tpm`, problems, true);
          ceiling.rpm = amount(c.rpm, `${at}: ceiling.rpm`, problems, true);
          if (c.budgetDuration !== undefined) {
            if (
              typeof c.budgetDuration !== 'string' ||
              !DURATION.test(c.budgetDuration) ||
              (durationSeconds(c.budgetDuration) ?? 0) < 1
            ) {
              problems.push(
                `${at}: ceiling.budgetDuration must look like 30d, 1w or 1mo`,
              );
            } else {
              ceiling.budgetDuration = c.budgetDuration;
            }
          }
          if (c.maxBudget === undefined) {
            problems.push(
              `${at}: the ceiling must set maxBudget (an auto-approval bounded by tpm or rpm alone would grant any spend)`,
            );
          }
        }
        rules.push({
          name: name as string,
          kind: 'autoApprove',
          groups,
          ceiling: Object.fromEntries(
            Object.entries(ceiling).filter(([, v]) => v !== undefined),
          ),
        });
        break;
      }
      case 'twoApprovals': {
        onlyFields(
          raw,
          ['name', 'kind', 'aboveBudget', 'adminOnly'],
          at,
          problems,
        );
        const above = amount(raw.aboveBudget, `${at}: aboveBudget`, problems);
        if (raw.aboveBudget === undefined) {
          problems.push(`${at}: aboveBudget is required`);
        }
        rules.push({
          name: name as string,
          kind: 'twoApprovals',
          aboveBudget: above ?? 0,
        });
        break;
      }
      case 'escalate': {
        onlyFields(
          raw,
          ['name', 'kind', 'afterDays', 'adminOnly'],
          at,
          problems,
        );
        const days = raw.afterDays;
        if (
          typeof days !== 'number' ||
          !Number.isInteger(days) ||
          days < 1 ||
          days > 365
        ) {
          problems.push(`${at}: afterDays must be a whole number, 1 to 365`);
        }
        rules.push({
          name: name as string,
          kind: 'escalate',
          afterDays: days as number,
        });
        break;
      }
      case 'deny': {
        onlyFields(
          raw,
          ['name', 'kind', 'require', 'reason', 'adminOnly'],
          at,
          problems,
        );
        if (
          raw.reason !== undefined &&
          (typeof raw.reason !== 'string' || raw.reason.length > 500)
        ) {
          problems.push(`${at}: reason must be text of at most 500 characters`);
        }
        const cond = raw.require;
        let require: CatalogCondition | undefined;
        if (!isPlain(cond)) {
          problems.push(
            `${at}: require is required, e.g. { kind: 'Component', owner: 'subject', filter: { 'spec.lifecycle': 'production' } }`,
          );
        } else {
          onlyFields(
            cond,
            ['kind', 'owner', 'filter'],
            `${at}.require`,
            problems,
          );
          if (
            !['Component', 'System', 'Resource', 'API'].includes(
              cond.kind as string,
            )
          ) {
            problems.push(
              `${at}: require.kind must be Component, System, Resource or API`,
            );
          }
          if (cond.owner !== 'subject' && cond.owner !== 'requester') {
            problems.push(`${at}: require.owner must be subject or requester`);
          }
          const filter: Record<string, string> = {};
          if (cond.filter !== undefined) {
            if (!isPlain(cond.filter)) {
              problems.push(`${at}: require.filter must be an object`);
            } else {
              for (const [field, value] of Object.entries(cond.filter)) {
                if (!CATALOG_CONDITION_FIELDS.includes(field)) {
                  problems.push(
                    `${at}: require.filter may use ${CATALOG_CONDITION_FIELDS.join(
                      ', ',
                    )}, not '${field}'`,
                  );
                } else if (
                  typeof value !== 'string' ||
                  !value.trim() ||
                  value.length > 255
                ) {
                  problems.push(
                    `${at}: require.filter['${field}'] must be text of 1 to 255 characters`,
                  );
                } else {
                  filter[field] = value;
                }
              }
            }
          }
          require = {
            kind: cond.kind as CatalogCondition['kind'],
            owner: cond.owner as CatalogCondition['owner'],
            ...(Object.keys(filter).length ? { filter } : {}),
          };
        }
        rules.push({
          name: name as string,
          kind: 'deny',
          require: require!,
          ...(typeof raw.reason === 'string' && raw.reason.trim()
            ? { reason: raw.reason.trim() }
            : {}),
        });
        break;
      }
      default:
        problems.push(
          `${at}: kind must be one of ${APPROVAL_RULE_KINDS.join(', ')}`,
        );
    }
    if (rules.length > before && raw.adminOnly === true) {
      rules[rules.length - 1] = { ...rules[rules.length - 1], adminOnly: true };
    }
  });
  if (rules.filter(r => r.kind === 'escalate').length > 1) {
    problems.push('at most one escalate rule');
  }
  if (problems.length) {
    throw new Error(`Invalid approval rules: ${problems.join('; ')}`);
  }
  return rules;
}
