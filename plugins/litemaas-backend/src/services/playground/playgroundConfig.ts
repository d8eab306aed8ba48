import { Config } from '@backstage/config';
import { PlaygroundSettings } from '@litemaas/backstage-plugin-litemaas-common';

/** The playground as configured, with each value within its bounds. */
export interface PlaygroundConfig
  extends Omit<PlaygroundSettings, 'gatewayBaseUrl'> {
  /** Sessions one person may have open at once. */
  maxSessionsPerUser: number;
}

/** A session's key lives at most this long, whatever the config says. */
export const MAX_SESSION_MINUTES = 60;

/** `litemaas.playground`, with defaults; out-of-range values are refused. */
export function readPlaygroundConfig(config?: Config): PlaygroundConfig {
  const section = config?.getOptionalConfig('litemaas.playground');
  const number = (key: string, fallback: number, min: number, max: number) => {
    const value = section?.getOptionalNumber(key) ?? fallback;
    if (!(value >= min && value <= max)) {
      throw new Error(
        `litemaas.playground.${key} must be between ${min} and ${max}, not ${value}`,
      );
    }
    return value;
  };
  return {
    enabled: section?.getOptionalBoolean('enabled') ?? true,
    sessionMinutes: number('sessionMinutes', 30, 1, MAX_SESSION_MINUTES),
    maxBudget: number('maxBudget', 0.25, 0.01, 100),
    rpm: number('rpm', 20, 1, 10_000),
    maxSessionsPerUser: number('maxSessionsPerUser', 3, 1, 100),
  };
}
