import { AuditorService } from '@backstage/backend-plugin-api';
import { Caller } from '../../permissions/Caller';
import { AuditNote, audited } from '../audit';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  KeyLimits,
  KeyPolicySettings,
} from '@litemaas/backstage-plugin-litemaas-common';
import { SettingsStore } from '../../database/SettingsStore';

const SETTINGS_NAME = 'key-policy';

const NUMERIC_LIMITS = [
  'maxBudget',
  'softBudget',
  'tpm',
  'rpm',
  'maxParallelRequests',
] as const;

function readLimits(config?: Config): KeyLimits {
  if (!config) return {};
  const limits: KeyLimits = {};
  for (const field of NUMERIC_LIMITS) {
    const value = config.getOptionalNumber(field);
    if (value !== undefined) limits[field] = value;
  }
  const period = config.getOptionalString('budgetDuration');
  if (period) limits.budgetDuration = period;
  return limits;
}

/**
 * Defaults and maximums for new keys: config `litemaas.keys` gives the
 * starting point, admins change them in the portal.
 */
export function keySettingsFromConfig(config: Config): KeyPolicySettings {
  const keys = config.getOptionalConfig('litemaas.keys');
  const part = (name: 'user' | 'team') => {
    const section = keys?.getOptionalConfig(name);
    return {
      defaults: readLimits(section?.getOptionalConfig('defaults')),
      maximums: readLimits(section?.getOptionalConfig('maximums')),
      defaultExpiresInDays:
        section?.getOptionalNumber('defaultExpiresInDays') ?? 90,
    };
  };
  return {
    user: part('user'),
    team: part('team'),
    maxActiveKeysPerSubject:
      keys?.getOptionalNumber('maxActiveKeysPerSubject') ?? 10,
    maxExpiresInDays: keys?.getOptionalNumber('maxExpiresInDays') ?? 365,
    allowNeverExpires: keys?.getOptionalBoolean('allowNeverExpires') ?? false,
  };
}

export class KeySettingsService {
  constructor(
    private readonly store: SettingsStore,
    private readonly fallback: KeyPolicySettings,
    private readonly auditor?: AuditorService,
  ) {}

  async get(): Promise<KeyPolicySettings> {
    return (
      (await this.store.get<KeyPolicySettings>(SETTINGS_NAME)) ?? this.fallback
    );
  }

  /** An admin's new settings, as an audit event with the old ones. */
  async put(
    settings: KeyPolicySettings,
    caller: Pick<Caller, 'userRef' | 'request'>,
  ) {
    const save = async (note?: (fields: AuditNote) => void) => {
      note?.({
        target: SETTINGS_NAME,
        before: await this.get(),
        after: settings,
      });
      return this.save(settings, caller.userRef);
    };
    return this.auditor
      ? audited(this.auditor, 'key-settings', caller, {}, save)
      : save();
  }

  private async save(settings: KeyPolicySettings, actorRef: string) {
    if (settings.maxActiveKeysPerSubject < 1) {
      throw new InputError('maxActiveKeysPerSubject must be 1 or more');
    }
    if (settings.maxExpiresInDays < 1) {
      throw new InputError('maxExpiresInDays must be 1 or more');
    }
    for (const kind of ['user', 'team'] as const) {
      checkDefaultsWithinMaximums(kind, settings[kind]);
      if (settings[kind].defaultExpiresInDays > settings.maxExpiresInDays) {
        throw new InputError(
          `${kind}.defaultExpiresInDays (${settings[kind].defaultExpiresInDays}) is above maxExpiresInDays (${settings.maxExpiresInDays})`,
        );
      }
    }
    await this.store.put(SETTINGS_NAME, settings, actorRef);
    return settings;
  }
}

/**
 * Applies defaults, then checks every limit against its maximum. A key may
 * not go without a limit that has a maximum: the maximum then applies.
 */
export function applyKeyLimits(
  requested: KeyLimits | undefined,
  defaults: KeyLimits,
  maximums: KeyLimits,
): KeyLimits {
  const limits: KeyLimits = { ...defaults, ...stripUndefined(requested ?? {}) };
  for (const field of NUMERIC_LIMITS) {
    const value = limits[field];
    if (value !== undefined) {
      if (!Number.isFinite(value) || value < 0) {
        throw new InputError(`limits.${field} must be a number of 0 or more`);
      }
    }
    const max = maximums[field];
    if (max === undefined) continue;
    if (value === undefined) {
      limits[field] = max;
    } else if (value > max) {
      throw new InputError(
        `limits.${field} is ${value}, over the maximum of ${max}`,
      );
    }
  }
  if (
    limits.budgetDuration !== undefined &&
    !/^\d+(s|m|h|d|w|mo)$/.test(limits.budgetDuration)
  ) {
    throw new InputError(
      `limits.budgetDuration must look like 30d, 1w or 1mo, not '${limits.budgetDuration}'`,
    );
  }
  for (const field of ['modelTpm', 'modelRpm'] as const) {
    for (const [model, value] of Object.entries(limits[field] ?? {})) {
      if (!Number.isFinite(value) || value < 0) {
        throw new InputError(
          `limits.${field}.${model} must be a number of 0 or more`,
        );
      }
    }
  }
  return limits;
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null),
  ) as T;
}

const CAPPED_LIMITS = [
  'maxBudget',
  'softBudget',
  'tpm',
  'rpm',
  'maxParallelRequests',
] as const;

/** A default above its maximum would make every plain new key a 400. */
function checkDefaultsWithinMaximums(
  kind: 'user' | 'team',
  settings: KeyPolicySettings['user'],
) {
  for (const field of CAPPED_LIMITS) {
    const value = settings.defaults[field];
    const max = settings.maximums[field];
    if (value !== undefined && max !== undefined && value > max) {
      throw new InputError(
        `${kind}.defaults.${field} (${value}) is above ${kind}.maximums.${field} (${max})`,
      );
    }
  }
  const soft = settings.defaults.softBudget;
  const hard = settings.defaults.maxBudget;
  if (soft !== undefined && hard !== undefined && soft > hard) {
    throw new InputError(
      `${kind}.defaults.softBudget (${soft}) is above ${kind}.defaults.maxBudget (${hard})`,
    );
  }
}
