/*
 * Helpers shared by this package's tests (not exported from the package).
 */
import { RunningEmulator, startEmulator } from './server';
import { StartEmulatorOptions } from './types';

export interface Clock {
  now: () => Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function makeClock(iso: string): Clock {
  let ms = Date.parse(iso);
  return {
    now: () => new Date(ms),
    set: (next: string) => {
      ms = Date.parse(next);
    },
    advance: (delta: number) => {
      ms += delta;
    },
  };
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

export interface CallOptions {
  key?: string;
  body?: unknown;
  query?: Record<string, string>;
  headers?: Record<string, string>;
}

/** Sends one request with fetch and parses the JSON reply (if any). */
export async function call(
  emulator: { url: string },
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const url = new URL(path, emulator.url);
  for (const [k, v] of Object.entries(options.query ?? {}))
    url.searchParams.set(k, v);
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.key) headers.Authorization = `Bearer ${options.key}`;
  let payload: string | undefined;
  if (options.body !== undefined) {
    payload = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(url, { method, headers, body: payload });
  const text = await res.text();
  let body: unknown = undefined;
  try {
    body = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, body, text };
}

export const MASTER = 'sk-master-1234';

export async function start(
  options: Partial<StartEmulatorOptions> = {},
): Promise<RunningEmulator> {
  return startEmulator({ masterKey: MASTER, ...options });
}

export const GPT_4O_MINI = {
  model_name: 'gpt-4o-mini',
  litellm_params: {
    model: 'openai/gpt-4o-mini',
    api_key: 'sk-proj-secret',
    rpm: 500,
  },
  model_info: { id: 'm-4o-mini-1', mode: 'chat' },
};

export const GPT_4O = {
  model_name: 'gpt-4o',
  litellm_params: { model: 'openai/gpt-4o', api_key: 'sk-proj-secret' },
  model_info: { id: 'm-4o-1' },
};

export const EMBEDDING = {
  model_name: 'text-embedding-3-small',
  litellm_params: { model: 'openai/text-embedding-3-small' },
  model_info: { id: 'm-emb-1', mode: 'embedding' },
};

export function chatBody(
  model = 'gpt-4o-mini',
  content = 'Say hi',
): Record<string, unknown> {
  return { model, messages: [{ role: 'user', content }] };
}
