import { Config } from '@backstage/config';
import { randomUUID } from 'node:crypto';
import { SettingsStore } from '../database/SettingsStore';

const SETTING = 'instanceId';
const VALID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * This portal install's id: every key it issues carries it, and its
 * reconciler touches no key without it. Generated once and kept in the
 * database; `litemaas.instanceId` overrides it (give a restored copy of a
 * database its own).
 */
export async function resolveInstanceId(
  settings: SettingsStore,
  config: Config,
): Promise<string> {
  const configured = config.getOptionalString('litemaas.instanceId');
  if (configured !== undefined) {
    if (!VALID.test(configured)) {
      throw new Error(
        `litemaas.instanceId must be 1-64 letters, digits, '.', '_' or '-', not '${configured}'`,
      );
    }
    return configured;
  }
  return settings.putIfAbsent(SETTING, randomUUID(), 'system:litemaas');
}
