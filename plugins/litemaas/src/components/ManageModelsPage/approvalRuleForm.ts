import {
  ApprovalRule,
  ApprovalRuleKind,
  CATALOG_CONDITION_FIELDS,
  CatalogCondition,
} from '@litemaas/backstage-plugin-litemaas-common';
import { LitemaasMessageKey, LitemaasText } from '../../translationText';
import { formatEntityRef } from '../format';
import { LocaleFormat } from '../localeFormat';

/** One rule's form: every field as typed, whatever the kind. */
export interface RuleFields {
  name: string;
  kind: ApprovalRuleKind;
  groups: string;
  maxBudget: string;
  budgetDuration: string;
  tpm: string;
  rpm: string;
  aboveBudget: string;
  afterDays: string;
  requireKind: CatalogCondition['kind'];
  requireOwner: CatalogCondition['owner'];
  filter: Record<string, string>;
  reason: string;
  /** Kept by admins only (admins set it). */
  adminOnly: boolean;
}

export type RuleFieldErrors = Partial<
  Record<keyof RuleFields, LitemaasMessageKey>
>;

const text = (value?: number) => (value === undefined ? '' : String(value));

export function fieldsOf(rule?: ApprovalRule): RuleFields {
  const fields: RuleFields = {
    name: rule?.name ?? '',
    kind: rule?.kind ?? 'autoApprove',
    groups: '',
    maxBudget: '',
    budgetDuration: '',
    tpm: '',
    rpm: '',
    aboveBudget: '',
    afterDays: '',
    requireKind: 'Component',
    requireOwner: 'subject',
    filter: {},
    reason: '',
    adminOnly: rule?.adminOnly ?? false,
  };
  switch (rule?.kind) {
    case 'autoApprove':
      fields.groups = rule.groups.join(', ');
      fields.maxBudget = text(rule.ceiling.maxBudget);
      fields.budgetDuration = rule.ceiling.budgetDuration ?? '';
      fields.tpm = text(rule.ceiling.tpm);
      fields.rpm = text(rule.ceiling.rpm);
      break;
    case 'twoApprovals':
      fields.aboveBudget = text(rule.aboveBudget);
      break;
    case 'escalate':
      fields.afterDays = text(rule.afterDays);
      break;
    case 'deny':
      fields.requireKind = rule.require.kind;
      fields.requireOwner = rule.require.owner;
      fields.filter = { ...rule.require.filter };
      fields.reason = rule.reason ?? '';
      break;
    default:
  }
  return fields;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$/;
const DURATION = /^\d+(s|m|h|d|w|mo)$/;

function amount(
  value: string,
  errors: RuleFieldErrors,
  field: keyof RuleFields,
  whole = false,
): number | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const n = Number(trimmed);
  if (!Number.isFinite(n) || n < 0) {
    errors[field] = 'rules.form.number';
    return undefined;
  }
  if (whole && !Number.isInteger(n)) {
    errors[field] = 'rules.form.wholeNumber';
    return undefined;
  }
  return n;
}

/**
 * The rule the fields describe, or the mistakes a person can fix here.
 * The backend checks again (group refs, limits) and its 400 names the rest.
 */
export function ruleOf(
  fields: RuleFields,
  otherNames: string[],
): { rule?: ApprovalRule; errors: RuleFieldErrors } {
  const errors: RuleFieldErrors = {};
  const name = fields.name.trim();
  if (!NAME.test(name)) errors.name = 'rules.form.nameRequired';
  else if (otherNames.includes(name)) errors.name = 'rules.form.nameTaken';
  let rule: ApprovalRule | undefined;
  switch (fields.kind) {
    case 'autoApprove': {
      const groups = fields.groups
        .split(/[,\s]+/)
        .map(g => g.trim())
        .filter(Boolean);
      if (!groups.length) errors.groups = 'rules.form.needGroups';
      const maxBudget = amount(fields.maxBudget, errors, 'maxBudget');
      const tpm = amount(fields.tpm, errors, 'tpm', true);
      const rpm = amount(fields.rpm, errors, 'rpm', true);
      const budgetDuration = fields.budgetDuration.trim();
      if (budgetDuration && !DURATION.test(budgetDuration)) {
        errors.budgetDuration = 'rules.form.duration';
      }
      // TPM or RPM alone would let an auto-approval grant any spend.
      if (!errors.maxBudget && maxBudget === undefined) {
        errors.maxBudget = 'rules.form.needCeiling';
      }
      rule = {
        name,
        kind: 'autoApprove',
        groups,
        ceiling: {
          ...(maxBudget !== undefined && { maxBudget }),
          ...(budgetDuration ? { budgetDuration } : {}),
          ...(tpm !== undefined && { tpm }),
          ...(rpm !== undefined && { rpm }),
        },
      };
      break;
    }
    case 'twoApprovals': {
      const aboveBudget = amount(fields.aboveBudget, errors, 'aboveBudget');
      if (aboveBudget === undefined && !errors.aboveBudget) {
        errors.aboveBudget = 'rules.form.number';
      }
      rule = { name, kind: 'twoApprovals', aboveBudget: aboveBudget ?? 0 };
      break;
    }
    case 'escalate': {
      const days = Number(fields.afterDays.trim());
      if (
        !fields.afterDays.trim() ||
        !Number.isInteger(days) ||
        days < 1 ||
        days > 365
      ) {
        errors.afterDays = 'rules.form.days';
      }
      rule = { name, kind: 'escalate', afterDays: days };
      break;
    }
    case 'deny': {
      const filter = Object.fromEntries(
        CATALOG_CONDITION_FIELDS.map(f => [
          f,
          fields.filter[f]?.trim() ?? '',
        ]).filter(([, v]) => v),
      );
      const reason = fields.reason.trim();
      rule = {
        name,
        kind: 'deny',
        require: {
          kind: fields.requireKind,
          owner: fields.requireOwner,
          ...(Object.keys(filter).length > 0 ? { filter } : {}),
        },
        ...(reason ? { reason } : {}),
      };
      break;
    }
    default:
  }
  if (rule && fields.adminOnly) rule = { ...rule, adminOnly: true };
  return Object.keys(errors).length ? { errors } : { rule, errors };
}

/** What a rule does, in a sentence of the reader's language. */
export function describeRule(
  rule: ApprovalRule,
  t: LitemaasText,
  format: LocaleFormat,
): string {
  switch (rule.kind) {
    case 'autoApprove': {
      const groups = rule.groups.map(formatEntityRef).join(', ');
      return t(
        rule.groups.length > 1
          ? 'rules.say.autoApproveMany'
          : 'rules.say.autoApprove',
        {
          ceiling: format.limits(rule.ceiling).split(' · ').join(', '),
          groups: groups || t('rules.say.noGroups'),
        },
      );
    }
    case 'twoApprovals':
      return t('rules.say.twoApprovals', {
        amount: format.usd(rule.aboveBudget),
      });
    case 'escalate':
      return t('rules.say.escalate', {
        duration: format.duration(`${rule.afterDays}d`),
      });
    case 'deny': {
      const who = t(
        rule.require.owner === 'requester'
          ? 'rules.say.requester'
          : 'rules.say.subject',
      );
      const filter = Object.entries(rule.require.filter ?? {})
        .map(([field, value]) => `${field} = ${value}`)
        .join(', ');
      return filter
        ? t('rules.say.denyWith', { who, kind: rule.require.kind, filter })
        : t('rules.say.deny', { who, kind: rule.require.kind });
    }
    default:
      return '';
  }
}

/**
 * The problems of a 400 answer, one a line: the backend writes "Invalid
 * approval rules: first; second".
 */
export function problemsOf(message: string): string[] {
  const body = message.replace(/^Invalid approval rules:\s*/, '');
  return body
    .split(/;\s+/)
    .map(p => p.trim())
    .filter(Boolean);
}
