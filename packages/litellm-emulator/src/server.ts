import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { answerPreflight, corsHeaders, isPreflight } from './cors';
import type { AddressInfo } from 'node:net';
import { handlePastUsage } from './history';
import {
  authenticate,
  checkBlocked,
  checkExpiry,
  checkRouteAccess,
  RouteKind,
} from './auth';
import { Handler } from './common';
import {
  handleChatCompletions,
  handleEmbeddings,
  llmPreChecks,
} from './completions';
import { HttpError, injectedFaultBody, validationError } from './errors';
import { FaultInjector, FaultSpec } from './faults';
import { handleHealth, handleLiveliness, handleReadiness } from './health';
import { EmulatorRequest, EmulatorResponse, jsonResponse } from './http';
import {
  handleAliases,
  handleBlock,
  handleDelete,
  handleGenerate,
  handleInfo,
  handleList,
  handleRegenerate,
  handleServiceAccountGenerate,
  handleUpdate,
} from './keys';
import {
  handleModelDelete,
  handleModelInfoV1,
  handleModelInfoV2,
  handleModelNew,
  handleModelPatch,
  handleModelRetrieve,
  handleModelsList,
  handleModelUpdate,
} from './models';
import { applySeed } from './seed';
import {
  handleGlobalSpend,
  handleSpendLogs,
  handleTeamDailyActivity,
  handleUserDailyActivity,
  handleUserDailyActivityAggregated,
} from './spend';
import { EmulatorState, resolveConfig } from './state';
import {
  handleTeamInfo,
  handleTeamMemberAdd,
  handleTeamNew,
  handleTeamUpdate,
} from './teams';
import { EmulatorOptions, StartEmulatorOptions } from './types';
import {
  handleUserDelete,
  handleUserInfo,
  handleUserInfoV2,
  handleUserNew,
  handleUserUpdate,
} from './users';

interface RouteDef {
  method: string;
  pattern: string;
  kind: RouteKind;
  handler: Handler;
  /** LLM routes run their checks in LiteLLM's LLM order (see llmPreChecks). */
  llm?: 'handler' | 'dispatcher';
  regex: RegExp;
  params: string[];
}

function route(
  method: string,
  pattern: string,
  kind: RouteKind,
  handler: Handler,
  llm?: 'handler' | 'dispatcher',
): RouteDef {
  const params: string[] = [];
  const source = pattern.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    params.push(name);
    return '([^/]+)';
  });
  return {
    method,
    pattern,
    kind,
    handler,
    llm,
    regex: new RegExp(`^${source}$`),
    params,
  };
}

const ROUTES: RouteDef[] = [
  route('GET', '/health/liveliness', 'public', handleLiveliness),
  route('GET', '/health/liveness', 'public', handleLiveliness),
  route('GET', '/health/readiness', 'public', handleReadiness),
  route('GET', '/health', 'info', handleHealth),

  route('POST', '/key/generate', 'key_management', handleGenerate),
  route(
    'POST',
    '/key/service-account/generate',
    'key_management',
    handleServiceAccountGenerate,
  ),
  route('POST', '/key/update', 'key_management', handleUpdate),
  route('POST', '/key/delete', 'key_management', handleDelete),
  route('GET', '/key/info', 'info', handleInfo),
  route('GET', '/key/list', 'info', handleList),
  route('GET', '/key/aliases', 'key_management', handleAliases),
  route('POST', '/key/block', 'admin', ctx => handleBlock(ctx, true)),
  route('POST', '/key/unblock', 'admin', ctx => handleBlock(ctx, false)),
  route('POST', '/key/regenerate', 'key_management', handleRegenerate),
  route('POST', '/key/{key}/regenerate', 'key_management', handleRegenerate),

  route('POST', '/user/new', 'admin', handleUserNew),
  route('GET', '/user/info', 'info', handleUserInfo),
  route('GET', '/v2/user/info', 'info', handleUserInfoV2),
  route('POST', '/user/update', 'self_managed', handleUserUpdate),
  route('POST', '/user/delete', 'admin', handleUserDelete),

  route('POST', '/team/new', 'admin', handleTeamNew),
  route('GET', '/team/info', 'info', handleTeamInfo),
  route('POST', '/team/member_add', 'self_managed', handleTeamMemberAdd),
  route('POST', '/team/update', 'self_managed', handleTeamUpdate),

  route('POST', '/model/new', 'self_managed', handleModelNew),
  route('POST', '/model/update', 'self_managed', handleModelUpdate),
  route('PATCH', '/model/{model_id}/update', 'self_managed', handleModelPatch),
  route('POST', '/model/delete', 'self_managed', handleModelDelete),
  route('GET', '/model/info', 'info', handleModelInfoV1),
  route('GET', '/v1/model/info', 'info', handleModelInfoV1),
  route('GET', '/v2/model/info', 'info', handleModelInfoV2),
  route('GET', '/v1/models', 'llm', handleModelsList, 'dispatcher'),
  route('GET', '/models', 'llm', handleModelsList, 'dispatcher'),
  route('GET', '/v1/models/{model}', 'llm', handleModelRetrieve, 'dispatcher'),
  route('GET', '/models/{model}', 'llm', handleModelRetrieve, 'dispatcher'),

  route('GET', '/spend/logs', 'spend', handleSpendLogs),
  // Not LiteLLM's: past usage for benchmarks and demos (see history.ts).
  route('POST', '/emulator/usage', 'admin', handlePastUsage),
  route('GET', '/global/spend', 'global_spend', handleGlobalSpend),
  route('GET', '/user/daily/activity', 'self_managed', handleUserDailyActivity),
  route(
    'GET',
    '/user/daily/activity/aggregated',
    'self_managed',
    handleUserDailyActivityAggregated,
  ),
  route('GET', '/team/daily/activity', 'self_managed', handleTeamDailyActivity),

  route(
    'POST',
    '/v1/chat/completions',
    'llm',
    handleChatCompletions,
    'handler',
  ),
  route('POST', '/chat/completions', 'llm', handleChatCompletions, 'handler'),
  route('POST', '/v1/embeddings', 'llm', handleEmbeddings, 'handler'),
  route('POST', '/embeddings', 'llm', handleEmbeddings, 'handler'),
];

function errorResponse(e: HttpError): EmulatorResponse {
  return { status: e.status, headers: { ...e.headers }, body: e.body };
}

/** Routes one parsed request; never throws. */
export async function dispatch(
  state: EmulatorState,
  req: Omit<EmulatorRequest, 'params'>,
): Promise<EmulatorResponse> {
  const candidates = ROUTES.filter(r => r.regex.test(req.path));
  if (candidates.length === 0)
    return jsonResponse({ detail: 'Not Found' }, 404);
  const def = candidates.find(r => r.method === req.method);
  if (!def) return jsonResponse({ detail: 'Method Not Allowed' }, 405);
  const match = def.regex.exec(req.path);
  const params: Record<string, string> = {};
  def.params.forEach((name, i) => {
    params[name] = decodeURIComponent(match?.[i + 1] ?? '');
  });
  const request: EmulatorRequest = { ...req, params };
  try {
    state.applyBudgetResets();
    if (def.kind === 'public')
      return await def.handler({ req: request, state, auth: null });
    const auth = authenticate(state, req.headers);
    if (def.llm === 'dispatcher') {
      llmPreChecks(state, auth, null, req.path, req.query);
    } else if (!def.llm) {
      checkBlocked(auth);
      checkExpiry(state, auth);
      checkRouteAccess(auth, req.path, def.kind, req.query);
      if (req.bodyInvalid) {
        throw validationError([
          {
            type: 'json_invalid',
            loc: ['body', 0],
            msg: 'JSON decode error',
            input: {},
            ctx: { error: 'Expecting value' },
          },
        ]);
      }
    }
    return await def.handler({ req: request, state, auth });
  } catch (e) {
    if (e instanceof HttpError) return errorResponse(e);
    return jsonResponse(
      {
        error: {
          message: `Internal Server Error, ${
            (e as Error).message ?? String(e)
          }`,
          type: 'internal_server_error',
          param: 'None',
          code: '500',
        },
      },
      500,
    );
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

/** A streamed answer, chunk by chunk, `delayMs` apart. */
async function writeEvents(
  res: ServerResponse,
  response: EmulatorResponse & { sse: string[] },
  delayMs: number,
): Promise<void> {
  res.writeHead(response.status, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    ...response.headers,
  });
  for (const chunk of response.sse) {
    if (delayMs > 0) {
      await sleep(delayMs);
      // The client went away (a stopped answer): stop writing.
      if (res.destroyed) return;
    }
    res.write(`data: ${chunk}\n\n`);
  }
  res.end('data: [DONE]\n\n');
}

function writeResponse(
  res: ServerResponse,
  response: EmulatorResponse,
  streamDelayMs = 0,
): Promise<void> | void {
  if (res.destroyed || res.headersSent) return undefined;
  if (response.sse) {
    return writeEvents(
      res,
      response as EmulatorResponse & { sse: string[] },
      streamDelayMs,
    );
  }
  const payload = JSON.stringify(response.body ?? null);
  res.writeHead(response.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
    ...response.headers,
  });
  res.end(payload);
  return undefined;
}

/** Applies a matched fault; returns true when the request is finished. */
async function applyFault(
  fault: FaultSpec,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  if (fault.delayMs && fault.delayMs > 0) await sleep(fault.delayMs);
  if (fault.dropConnection) {
    req.socket.destroy();
    return true;
  }
  if (fault.status !== undefined) {
    writeResponse(res, {
      status: fault.status,
      headers: {},
      body:
        fault.body === undefined ? injectedFaultBody(fault.status) : fault.body,
    });
    return true;
  }
  return false;
}

export interface EmulatorHandler {
  /** A node:http request listener. */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  state: EmulatorState;
  faults: FaultInjector;
}

/** Builds the emulator without listening; mount `handler` on any node:http server. */
export function createEmulatorHandler(
  options: EmulatorOptions,
): EmulatorHandler {
  if (!options.masterKey || !options.masterKey.startsWith('sk-')) {
    throw new Error("masterKey is required and must start with 'sk-'");
  }
  const state = new EmulatorState(options.masterKey, resolveConfig(options));
  applySeed(state, options.seed);
  const faults = new FaultInjector();

  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://emulator.local');
    const method = (req.method ?? 'GET').toUpperCase();
    if (isPreflight(method, req.headers)) {
      answerPreflight(req.headers, res);
      return;
    }
    const cors = corsHeaders(req.headers);
    for (const [name, value] of Object.entries(cors))
      res.setHeader(name, value);
    const fault = faults.take(method, url.pathname);
    if (fault && !fault.afterHandler && (await applyFault(fault, req, res)))
      return;
    let body: unknown = undefined;
    let bodyInvalid = false;
    if (raw.trim().length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        bodyInvalid = true;
      }
    }
    const response = await dispatch(state, {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      bodyInvalid,
    });
    if (fault && fault.afterHandler && (await applyFault(fault, req, res)))
      return;
    await writeResponse(res, response, state.config.streamChunkDelayMs);
  };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    serve(req, res).catch((e: unknown) => {
      writeResponse(
        res,
        jsonResponse(
          { detail: `Emulator error: ${(e as Error).message ?? String(e)}` },
          500,
        ),
      );
    });
  };
  return { handler, state, faults };
}

export interface RunningEmulator {
  /** e.g. "http://127.0.0.1:41234" */
  url: string;
  port: number;
  close(): Promise<void>;
  state: EmulatorState;
  faults: FaultInjector;
}

/** Starts the emulator on an HTTP port (0 = any free port). */
export async function startEmulator(
  options: StartEmulatorOptions,
): Promise<RunningEmulator> {
  const { handler, state, faults } = createEmulatorHandler(options);
  const server = createServer(handler);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost =
    address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    state,
    faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close(err => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
