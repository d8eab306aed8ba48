import { useApi } from '@backstage/frontend-plugin-api';
import { StartedPlaygroundSession } from '@litemaas/backstage-plugin-litemaas-common';
import { useCallback, useEffect, useRef, useState } from 'react';
import { litemaasApiRef } from '../../api';

/** A session this close to its expiry is replaced before the next message. */
const RENEW_BEFORE_MS = 30_000;

export type SessionState =
  | { status: 'none' }
  | { status: 'starting' }
  | { status: 'active'; session: StartedPlaygroundSession }
  | { status: 'ended' };

/**
 * The playground session of one model: started with the first message,
 * replaced when it nears its expiry or the gateway refuses it, and ended
 * (its key revoked) when the reader ends it, leaves the page or closes the
 * tab. The key's value stays in this hook's memory.
 */
export function usePlaygroundSession(
  model: string,
  /** The catalog Component the next session's spend counts for. */
  componentRef?: string | null,
) {
  const api = useApi(litemaasApiRef);
  const component = useRef(componentRef);
  component.current = componentRef;
  const current = useRef<StartedPlaygroundSession | undefined>(undefined);
  const starting = useRef<Promise<StartedPlaygroundSession> | undefined>(
    undefined,
  );
  const [state, setState] = useState<SessionState>({ status: 'none' });

  const end = useCallback(
    async (options: { keepalive?: boolean; quiet?: boolean } = {}) => {
      const session = current.current;
      current.current = undefined;
      if (!options.quiet) setState({ status: session ? 'ended' : 'none' });
      if (!session) return;
      // Best effort: a key not revoked here expires within the hour, and
      // the backend's sweep revokes it then.
      await api
        .endPlaygroundSession(session.session.id, {
          keepalive: options.keepalive,
        })
        .catch(() => undefined);
    },
    [api],
  );

  /** The session to send with, started or renewed as needed. */
  const ensure = useCallback(async () => {
    const session = current.current;
    if (
      session &&
      Date.parse(session.session.expiresAt) - Date.now() > RENEW_BEFORE_MS
    ) {
      return session;
    }
    // Two quick sends share one start.
    if (starting.current) return starting.current;
    if (session) await end({ quiet: true });
    setState({ status: 'starting' });
    starting.current = component.current
      ? api.startPlaygroundSession(model, { componentRef: component.current })
      : api.startPlaygroundSession(model);
    try {
      const started = await starting.current;
      current.current = started;
      setState({ status: 'active', session: started });
      return started;
    } catch (error) {
      setState({ status: 'none' });
      throw error;
    } finally {
      starting.current = undefined;
    }
  }, [api, model, end]);

  /** Drops a session the gateway refused; the next send starts another. */
  const discard = useCallback(() => end({ quiet: true }), [end]);

  useEffect(() => {
    const onHide = () => {
      end({ keepalive: true, quiet: true });
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      end({ keepalive: true, quiet: true });
    };
  }, [end]);

  return { state, ensure, end, discard };
}
