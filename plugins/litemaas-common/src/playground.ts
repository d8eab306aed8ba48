import { KeyLimits } from './keys';

/**
 * A playground session: a short-lived key for one model, used by the
 * browser to call the gateway directly. The portal never stores its value
 * and the UI never shows it.
 *
 * @public
 */
export interface PlaygroundSession {
  /** The id of the session's key (an ApiKey with origin `playground`). */
  id: string;
  model: string;
  expiresAt: string;
  limits: KeyLimits;
  /** The catalog Component the session's spend counts for. */
  componentRef?: string;
}

/**
 * What starting a session answers: the session, the key's value for the
 * browser to send, and where to send it.
 *
 * @public
 */
export interface StartedPlaygroundSession {
  session: PlaygroundSession;
  /** The key's value. Held in the page's memory only, never shown. */
  value: string;
  /** The gateway's base URL as browsers reach it. */
  gatewayBaseUrl: string;
}

/**
 * How the playground is set up (config `litemaas.playground`).
 *
 * @public
 */
export interface PlaygroundSettings {
  enabled: boolean;
  /** Minutes until a session's key expires (at most 60). */
  sessionMinutes: number;
  /** USD a session may spend. */
  maxBudget: number;
  rpm: number;
  /** The gateway's base URL as browsers reach it. */
  gatewayBaseUrl: string;
}
