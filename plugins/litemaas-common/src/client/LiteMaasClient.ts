import { ResponseError } from '@backstage/errors';
import {
  AccessLimits,
  GrantExtensionBody,
  GrantExtensionDecisionBody,
  AccessRequest,
  AccessStatus,
  ModelPolicy,
} from '../access';
import {
  ApiKey,
  CreateKeyBody,
  IssuedKey,
  KeyDeliveryContents,
  KeyListResponse,
  KeyPolicySettings,
  ProvisionKeysBody,
  ProvisionKeysResponse,
  RevokeByPrefixResult,
  UpdateKeyBody,
} from '../keys';
import {
  AccessRequestDetailResponse,
  AccessRequestListResponse,
  BulkDecisionBody,
  BulkDecisionResponse,
  ConnectionTestResult,
  CreateAccessRequestBody,
  HealthResponse,
  LiteMaasModel,
  ModelDetailResponse,
  ModelListResponse,
  ModelRegistration,
} from '../types';
import {
  HeldActionResults,
  ReconcileStatus,
  TaskStatus,
  UsageSyncStatus,
} from '../reconcile';
import { GatewayRoute, GatewayStatus, KeyGatewayStatus } from '../gateways';
import { AuditEventPage, AuditExportFormat, AuditQuery } from '../audit';
import {
  CreateRecertificationBody,
  RecertificationCampaign,
  RecertificationDecisionsBody,
  RecertificationDecisionsResponse,
  RecertificationDetail,
} from '../recertification';
import {
  DeprecateModelBody,
  DeprecationCampaign,
  DeprecationDetail,
  DeprecationTaskStatus,
  RetireNowBody,
} from '../deprecations';
import {
  BudgetTopUp,
  BudgetTopUpDecisionBody,
  BudgetTopUpStatus,
  CreateBudgetTopUpBody,
  CreateTeamTopUpBody,
} from '../topUps';
import { Departure, OffboardingStatus } from '../offboarding';
import {
  ApprovalRule,
  ApprovalRulesCheckBody,
  ApprovalRulesCheckResponse,
  ApprovalRulesResponse,
} from '../approvalRules';
import { PlaygroundSettings, StartedPlaygroundSession } from '../playground';
import {
  CatalogSpendGroupBy,
  CatalogSpendReport,
  TeamBudget,
  TeamBudgetUpdate,
  UsageExportFormat,
  UsageQuery,
  UsageResponse,
} from '../usage';

/**
 * The parts of Backstage's DiscoveryApi and FetchApi the client needs, so the
 * client works in the browser and in backend code alike.
 *
 * @public
 */
export interface LiteMaasClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi?: { fetch: typeof fetch };
}

/** @public */
export interface AccessRequestQuery {
  /** `mine` (default): the caller's and their teams'; `review`: what the caller may decide. */
  scope?: 'mine' | 'review';
  status?: AccessStatus[];
  model?: string;
  requestedBy?: string;
  subject?: string;
  olderThanDays?: number;
  /** Review scope: only grants whose subject asked for a later end. */
  extension?: 'pending';
  /** One page: at most `limit` (default 500) from `offset`. */
  limit?: number;
  offset?: number;
}

/** @public */
export interface KeyListQuery {
  scope?: 'mine' | 'all';
  search?: string;
  includeRevoked?: boolean;
  /** One page: at most `limit` (default 500) from `offset`. */
  limit?: number;
  offset?: number;
}

/**
 * Typed client of the LiteMaaS backend's REST API.
 *
 * @public
 */
export interface LiteMaasApi {
  getHealth(): Promise<HealthResponse>;
  listModels(): Promise<ModelListResponse>;
  getModel(name: string): Promise<ModelDetailResponse>;
  setModelPolicy(
    name: string,
    policy: Partial<ModelPolicy>,
  ): Promise<LiteMaasModel>;
  syncModels(): Promise<{
    added: number;
    updated: number;
    markedUnavailable: number;
  }>;
  registerModel(registration: ModelRegistration): Promise<LiteMaasModel>;
  updateModel(
    name: string,
    registration: ModelRegistration,
  ): Promise<LiteMaasModel>;
  deleteModel(name: string): Promise<void>;
  testConnection(input: {
    apiBase?: string;
    apiKey?: string;
  }): Promise<ConnectionTestResult>;
  listAccessRequests(
    query?: AccessRequestQuery,
  ): Promise<AccessRequestListResponse>;
  getAccessRequest(id: string): Promise<AccessRequestDetailResponse>;
  createAccessRequest(body: CreateAccessRequestBody): Promise<AccessRequest>;
  approveAccessRequest(
    id: string,
    body?: { limits?: AccessLimits; reason?: string; expiresAt?: string },
  ): Promise<AccessRequest>;
  /** The subject asks to keep a grant until a later end. */
  requestGrantExtension(
    id: string,
    body: GrantExtensionBody,
  ): Promise<AccessRequest>;
  /** Reviewers: grants the asked extension (or a different end). */
  approveGrantExtension(
    id: string,
    body?: GrantExtensionDecisionBody,
  ): Promise<AccessRequest>;
  denyGrantExtension(
    id: string,
    reason: string,
    requestedAt?: string,
  ): Promise<AccessRequest>;
  denyAccessRequest(id: string, reason: string): Promise<AccessRequest>;
  cancelAccessRequest(id: string): Promise<AccessRequest>;
  requestAccessReview(
    id: string,
    justification?: string,
  ): Promise<AccessRequest>;
  revokeAccess(id: string, reason?: string): Promise<AccessRequest>;
  /** Reviewers: changes a grant's limits; keys over them are narrowed. */
  changeGrantLimits(
    id: string,
    body: { limits: AccessLimits; reason?: string },
  ): Promise<AccessRequest>;
  decideAccessRequests(body: BulkDecisionBody): Promise<BulkDecisionResponse>;
  listKeys(query?: KeyListQuery): Promise<KeyListResponse>;
  getKey(id: string): Promise<ApiKey>;
  /** The response is the only place the key's value ever appears. */
  createKey(body: CreateKeyBody): Promise<IssuedKey>;
  updateKey(id: string, body: UpdateKeyBody): Promise<ApiKey>;
  rotateKey(
    id: string,
    options?: { gracePeriodHours?: number },
  ): Promise<IssuedKey>;
  revokeKey(id: string): Promise<ApiKey>;
  setKeyBlocked(id: string, blocked: boolean): Promise<ApiKey>;
  provisionKeys(body: ProvisionKeysBody): Promise<ProvisionKeysResponse>;
  /** Defaults and maximums for new keys, as the key form shows them. */
  getKeyFormSettings(): Promise<KeyPolicySettings>;
  /** How the playground is set up, and whether it is on. */
  getPlaygroundSettings(): Promise<PlaygroundSettings>;
  /**
   * A playground session on one model the caller has access to: a
   * short-lived key for the browser to call the gateway with.
   */
  /**
   * With `componentRef`, the session's spend counts for that catalog
   * Component (one the caller or their teams own; any for admins).
   */
  startPlaygroundSession(
    model: string,
    options?: { componentRef?: string },
  ): Promise<StartedPlaygroundSession>;
  /**
   * Ends a session: its key is revoked. With `keepalive` the request
   * outlives the page (for when the reader leaves it).
   */
  endPlaygroundSession(
    id: string,
    options?: { keepalive?: boolean },
  ): Promise<void>;
  /** The values of a key delivery, once, to its owner. */
  claimKeyDelivery(id: string, token: string): Promise<KeyDeliveryContents>;
  /**
   * Revokes the keys whose alias starts with the prefix. Without
   * `confirmCount` nothing is revoked: the answer says how many match. With
   * the count a dry run gave, they are revoked if that many still match
   * (else a 409).
   */
  revokeKeysByPrefix(
    aliasPrefix: string,
    confirmCount?: number,
  ): Promise<RevokeByPrefixResult>;
  getKeySettings(): Promise<KeyPolicySettings>;
  putKeySettings(settings: KeyPolicySettings): Promise<KeyPolicySettings>;
  /**
   * Admins: asks for a reconciliation now. It runs as the scheduled task
   * (on one replica); the answer is the status when it was asked.
   */
  reconcileKeys(): Promise<ReconcileStatus>;
  /** Admins: the last reconciliation, held-back actions and unmanaged keys. */
  getReconcileStatus(): Promise<ReconcileStatus>;
  /** Admins: carries out held-back actions, each checked again first. */
  confirmHeldActions(ids: string[]): Promise<HeldActionResults>;
  /** Admins: keeps things as they are; the action is not proposed again. */
  dismissHeldActions(ids: string[]): Promise<{ dismissed: number }>;
  /** Admins: this database is the one in charge of its install id. */
  takeOverInstance(): Promise<void>;
  /** Admins: the portal takes over a key made outside it, for an owner. */
  adoptKey(
    tokenHash: string,
    body: { ownerRef: string; name?: string },
  ): Promise<ApiKey>;
  /** Admins: leaves a key made outside the portal alone, and out of the list. */
  leaveKey(tokenHash: string): Promise<void>;
  /** Admins: the gateways next to LiteLLM (Kuadrant) and their published models. */
  getGateways(): Promise<GatewayStatus[]>;
  /** Admins: publishes a model on a route of a gateway. */
  publishModelOnGateway(
    gateway: string,
    model: string,
    route: GatewayRoute,
  ): Promise<GatewayStatus[]>;
  /** Admins: withdraws a model an admin published from a gateway. */
  withdrawModelFromGateway(
    gateway: string,
    model: string,
  ): Promise<GatewayStatus[]>;
  /** Admins: what each gateway holds for one key. */
  getKeyGateways(keyId: string): Promise<KeyGatewayStatus[]>;
  getUsage(query: UsageQuery): Promise<UsageResponse>;
  /**
   * Spend of keys tied to catalog Components, per Component, System or
   * Domain: every Component for admins, owned ones for others.
   */
  getCatalogSpend(query: {
    from: string;
    to: string;
    groupBy: CatalogSpendGroupBy;
    /** Only this Component's, System's or Domain's Components. */
    entityRef?: string;
  }): Promise<CatalogSpendReport>;
  /** Admins: a URL the browser downloads the FOCUS dataset from. */
  getFocusExportUrl(
    query: { from: string; to: string },
    format: UsageExportFormat,
  ): Promise<string>;
  /**
   * Admins: asks for a usage pull from LiteLLM now (the scheduled task runs
   * on one replica); the answer is the status when it was asked.
   */
  syncUsage(): Promise<UsageSyncStatus>;
  /** Admins: the last usage pull, and the days held back for a decision. */
  getUsageSyncStatus(): Promise<UsageSyncStatus>;
  /**
   * Admins: accepts LiteLLM's smaller answer for a held-back day; the next
   * usage pull (asked for at once) replaces the day with it.
   */
  acceptUsageHold(day: string): Promise<UsageSyncStatus>;
  /** Admins: keeps the portal's figures for a held-back day. */
  dismissUsageHold(day: string): Promise<UsageSyncStatus>;
  /**
   * A URL the browser can download a view's daily rows from, streamed by
   * the backend. Issues the auth cookie that such a plain download needs.
   */
  getUsageExportUrl(
    query: UsageQuery,
    format: UsageExportFormat,
  ): Promise<string>;
  /** `mine`: the caller's teams; `all` (admins): every team the portal knows. */
  listTeamBudgets(options?: {
    scope?: 'mine' | 'all';
  }): Promise<{ items: TeamBudget[] }>;
  /** Admins: sets (or with `maxBudget: null` removes) a team's budget. */
  setTeamBudget(update: TeamBudgetUpdate): Promise<TeamBudget>;
  /**
   * The audit trail, newest first: every event for admins, the events
   * about their models for model owners.
   */
  listAuditEvents(query?: AuditQuery): Promise<AuditEventPage>;
  /** A URL the browser can download the matching events from (see usage). */
  getAuditExportUrl(
    query: AuditQuery,
    format: AuditExportFormat,
  ): Promise<string>;
  /** Campaigns over models the caller reviews, newest first. */
  listRecertifications(): Promise<{ items: RecertificationCampaign[] }>;
  startRecertification(
    body: CreateRecertificationBody,
  ): Promise<RecertificationDetail>;
  /** A campaign with the grants the caller reviews, and their usage. */
  getRecertification(id: string): Promise<RecertificationDetail>;
  decideRecertification(
    id: string,
    body: RecertificationDecisionsBody,
  ): Promise<RecertificationDecisionsResponse>;
  /** A URL the browser can download a campaign's decisions from. */
  getRecertificationExportUrl(
    id: string,
    format: AuditExportFormat,
  ): Promise<string>;
  /** Deprecation campaigns of the models the caller reviews (admins: all). */
  listDeprecations(): Promise<{ items: DeprecationCampaign[] }>;
  /** One campaign with its holders and whether each has moved. */
  getDeprecation(modelName: string): Promise<DeprecationDetail>;
  /** Admins: marks a model deprecated, or changes its campaign. */
  deprecateModel(
    modelName: string,
    body: DeprecateModelBody,
  ): Promise<DeprecationCampaign>;
  /** Admins: ends a campaign; the model is no longer deprecated. */
  cancelDeprecation(modelName: string): Promise<void>;
  /** Admins: retires the model now instead of on its date. */
  retireModelNow(
    modelName: string,
    body: RetireNowBody,
  ): Promise<DeprecationDetail>;
  /** Reminds every holder who has not moved, now. */
  remindDeprecation(modelName: string): Promise<{ reminded: number }>;
  /** Admins: the deprecation task's last run, or runs it now. */
  getDeprecationRun(): Promise<DeprecationTaskStatus>;
  runDeprecations(): Promise<DeprecationTaskStatus>;
  /** A key's budget top-ups, newest first. */
  listKeyTopUps(keyId: string): Promise<{ items: BudgetTopUp[] }>;
  /** The key's owner asks for more budget for a while. */
  requestKeyTopUp(
    keyId: string,
    body: CreateBudgetTopUpBody,
  ): Promise<BudgetTopUp>;
  /** A team member asks for more budget for their team; admins decide. */
  requestTeamTopUp(body: CreateTeamTopUpBody): Promise<BudgetTopUp>;
  /**
   * The caller's top-ups of keys and teams (`mine`), those they may decide
   * (`review`), or everyone's (`all`, admins).
   */
  listTopUps(query?: {
    scope?: 'mine' | 'review' | 'all';
    status?: BudgetTopUpStatus[];
  }): Promise<{ items: BudgetTopUp[] }>;
  approveTopUp(
    id: string,
    body?: BudgetTopUpDecisionBody,
  ): Promise<BudgetTopUp>;
  denyTopUp(id: string, reason: string): Promise<BudgetTopUp>;
  cancelTopUp(id: string): Promise<BudgetTopUp>;
  /** Admins: users with access who left the catalog, and where each stands. */
  listDepartures(): Promise<{ items: Departure[] }>;
  /** Admins: leaves a suspected or departing user's keys and grants as they are. */
  keepDeparture(subjectRef: string): Promise<Departure>;
  /** Admins: the offboarding task's last run. */
  getOffboardingStatus(): Promise<OffboardingStatus>;
  /**
   * Admins: asks for an offboarding run now (the scheduled task runs on one
   * replica); the answer is the status when it was asked.
   */
  runOffboarding(): Promise<OffboardingStatus>;
  /** A model's approval rules and where they come from (admins, owners). */
  getApprovalRules(modelName: string): Promise<ApprovalRulesResponse>;
  /** Replaces a model's approval rules; a bad rule is a 400 naming each problem. */
  setApprovalRules(
    modelName: string,
    rules: ApprovalRule[],
  ): Promise<ApprovalRulesResponse>;
  /** What the saved (or the given draft) rules would do with a request. */
  checkApprovalRules(
    modelName: string,
    body: ApprovalRulesCheckBody,
  ): Promise<ApprovalRulesCheckResponse>;
  /** Admins: the approval escalation task's last run. */
  getEscalationStatus(): Promise<EscalationStatus>;
  /** Admins: asks for an escalation run now. */
  runEscalation(): Promise<EscalationStatus>;
}

/**
 * The approval escalation task's last run: requests escalated, failures.
 *
 * @public
 */
export type EscalationStatus = TaskStatus<{
  escalated: number;
  failed: number;
}>;

/** @public */
export class LiteMaasClient implements LiteMaasApi {
  private readonly discoveryApi: LiteMaasClientOptions['discoveryApi'];
  private readonly fetchApi: { fetch: typeof fetch };

  constructor(options: LiteMaasClientOptions) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch: globalThis.fetch };
  }

  getHealth() {
    return this.call<HealthResponse>('GET', '/health');
  }

  listModels() {
    return this.call<ModelListResponse>('GET', '/models');
  }

  getModel(name: string) {
    return this.call<ModelDetailResponse>('GET', `/models/${enc(name)}`);
  }

  setModelPolicy(name: string, policy: Partial<ModelPolicy>) {
    return this.call<LiteMaasModel>(
      'PUT',
      `/models/${enc(name)}/policy`,
      policy,
    );
  }

  syncModels() {
    return this.call<{
      added: number;
      updated: number;
      markedUnavailable: number;
    }>('POST', '/admin/sync');
  }

  registerModel(registration: ModelRegistration) {
    return this.call<LiteMaasModel>('POST', '/admin/models', registration);
  }

  updateModel(name: string, registration: ModelRegistration) {
    return this.call<LiteMaasModel>(
      'PUT',
      `/admin/models/${enc(name)}`,
      registration,
    );
  }

  async deleteModel(name: string) {
    await this.call<void>('DELETE', `/admin/models/${enc(name)}`);
  }

  testConnection(input: { apiBase?: string; apiKey?: string }) {
    return this.call<ConnectionTestResult>(
      'POST',
      '/admin/test-connection',
      input,
    );
  }

  listAccessRequests(query: AccessRequestQuery = {}) {
    const params = new URLSearchParams();
    if (query.scope) params.set('scope', query.scope);
    if (query.status?.length) params.set('status', query.status.join(','));
    if (query.model) params.set('model', query.model);
    if (query.requestedBy) params.set('requestedBy', query.requestedBy);
    if (query.subject) params.set('subject', query.subject);
    if (query.olderThanDays !== undefined) {
      params.set('olderThanDays', String(query.olderThanDays));
    }
    if (query.extension) params.set('extension', query.extension);
    setPage(params, query);
    const qs = queryOf(params);
    return this.call<AccessRequestListResponse>(
      'GET',
      `/access-requests${qs ? `?${qs}` : ''}`,
    );
  }

  getAccessRequest(id: string) {
    return this.call<AccessRequestDetailResponse>(
      'GET',
      `/access-requests/${enc(id)}`,
    );
  }

  createAccessRequest(body: CreateAccessRequestBody) {
    return this.call<AccessRequest>('POST', '/access-requests', body);
  }

  approveAccessRequest(
    id: string,
    body: { limits?: AccessLimits; reason?: string; expiresAt?: string } = {},
  ) {
    return this.call<AccessRequest>(
      'POST',
      `/access-requests/${enc(id)}/approve`,
      body,
    );
  }

  requestGrantExtension(id: string, body: GrantExtensionBody) {
    return this.call<AccessRequest>(
      'POST',
      `/access-requests/${enc(id)}/extension`,
      body,
    );
  }

  approveGrantExtension(id: string, body: GrantExtensionDecisionBody = {}) {
    return this.call<AccessRequest>(
      'POST',
      `/access-requests/${enc(id)}/extension/approve`,
      body,
    );
  }

  denyGrantExtension(id: string, reason: string, requestedAt?: string) {
    return this.call<AccessRequest>(
      'POST',
      `/access-requests/${enc(id)}/extension/deny`,
      { reason, requestedAt },
    );
  }

  denyAccessRequest(id: string, reason: string) {
    return this.call<AccessRequest>(
      'POST',
      `/access-requests/${enc(id)}/deny`,
      { reason },
    );
  }

  cancelAccessRequest(id: string) {
    return this.call<AccessRequest>(
      'POST',
      `/access-requests/${enc(id)}/cancel`,
    );
  }

  requestAccessReview(id: string, justification?: string) {
    return this.call<AccessRequest>(
      'POST',
      `/access-requests/${enc(id)}/review`,
      justification ? { justification } : {},
    );
  }

  revokeAccess(id: string, reason?: string) {
    return this.call<AccessRequest>(
      'POST',
      `/access-requests/${enc(id)}/revoke`,
      reason ? { reason } : {},
    );
  }
  changeGrantLimits(
    id: string,
    body: { limits: AccessLimits; reason?: string },
  ) {
    return this.call<AccessRequest>(
      'PUT',
      `/access-requests/${enc(id)}/limits`,
      body,
    );
  }

  decideAccessRequests(body: BulkDecisionBody) {
    return this.call<BulkDecisionResponse>(
      'POST',
      '/access-requests/decisions',
      body,
    );
  }

  listKeys(query: KeyListQuery = {}) {
    const params = new URLSearchParams();
    if (query.scope) params.set('scope', query.scope);
    if (query.search) params.set('search', query.search);
    if (query.includeRevoked) params.set('includeRevoked', 'true');
    setPage(params, query);
    const qs = queryOf(params);
    return this.call<KeyListResponse>('GET', `/keys${qs ? `?${qs}` : ''}`);
  }

  getKey(id: string) {
    return this.call<ApiKey>('GET', `/keys/${enc(id)}`);
  }

  createKey(body: CreateKeyBody) {
    return this.call<IssuedKey>('POST', '/keys', body);
  }

  updateKey(id: string, body: UpdateKeyBody) {
    return this.call<ApiKey>('PATCH', `/keys/${enc(id)}`, body);
  }

  rotateKey(id: string, options: { gracePeriodHours?: number } = {}) {
    return this.call<IssuedKey>('POST', `/keys/${enc(id)}/rotate`, options);
  }

  revokeKey(id: string) {
    return this.call<ApiKey>('POST', `/keys/${enc(id)}/revoke`);
  }

  setKeyBlocked(id: string, blocked: boolean) {
    return this.call<ApiKey>(
      'POST',
      `/keys/${enc(id)}/${blocked ? 'block' : 'unblock'}`,
    );
  }

  provisionKeys(body: ProvisionKeysBody) {
    return this.call<ProvisionKeysResponse>('POST', '/keys/provision', body);
  }

  claimKeyDelivery(id: string, token: string) {
    return this.call<KeyDeliveryContents>(
      'POST',
      `/deliveries/${enc(id)}/claim`,
      { token },
    );
  }

  revokeKeysByPrefix(aliasPrefix: string, confirmCount?: number) {
    return this.call<RevokeByPrefixResult>('POST', '/keys/revoke-by-prefix', {
      aliasPrefix,
      ...(confirmCount !== undefined && { confirmCount }),
    });
  }

  getKeyFormSettings() {
    return this.call<KeyPolicySettings>('GET', '/key-settings');
  }

  getPlaygroundSettings() {
    return this.call<PlaygroundSettings>('GET', '/playground');
  }

  startPlaygroundSession(
    model: string,
    options: { componentRef?: string } = {},
  ) {
    return this.call<StartedPlaygroundSession>('POST', '/playground/sessions', {
      model,
      ...(options.componentRef && { componentRef: options.componentRef }),
    });
  }

  endPlaygroundSession(id: string, options: { keepalive?: boolean } = {}) {
    return this.call<void>(
      'DELETE',
      `/playground/sessions/${enc(id)}`,
      undefined,
      options,
    );
  }

  getKeySettings() {
    return this.call<KeyPolicySettings>('GET', '/admin/key-settings');
  }

  putKeySettings(settings: KeyPolicySettings) {
    return this.call<KeyPolicySettings>('PUT', '/admin/key-settings', settings);
  }

  reconcileKeys() {
    return this.call<ReconcileStatus>('POST', '/admin/reconcile');
  }

  getReconcileStatus() {
    return this.call<ReconcileStatus>('GET', '/admin/reconcile');
  }

  async getGateways() {
    return (
      await this.call<{ items: GatewayStatus[] }>('GET', '/admin/gateways')
    ).items;
  }

  async publishModelOnGateway(
    gateway: string,
    model: string,
    route: GatewayRoute,
  ) {
    return (
      await this.call<{ items: GatewayStatus[] }>(
        'PUT',
        `/admin/gateways/${encodeURIComponent(
          gateway,
        )}/models/${encodeURIComponent(model)}`,
        { route },
      )
    ).items;
  }

  async withdrawModelFromGateway(gateway: string, model: string) {
    return (
      await this.call<{ items: GatewayStatus[] }>(
        'DELETE',
        `/admin/gateways/${encodeURIComponent(
          gateway,
        )}/models/${encodeURIComponent(model)}`,
      )
    ).items;
  }

  async getKeyGateways(keyId: string) {
    return (
      await this.call<{ items: KeyGatewayStatus[] }>(
        'GET',
        `/admin/keys/${encodeURIComponent(keyId)}/gateways`,
      )
    ).items;
  }

  confirmHeldActions(ids: string[]) {
    return this.call<HeldActionResults>(
      'POST',
      '/admin/reconcile/holds/confirm',
      { ids },
    );
  }

  dismissHeldActions(ids: string[]) {
    return this.call<{ dismissed: number }>(
      'POST',
      '/admin/reconcile/holds/dismiss',
      { ids },
    );
  }

  async takeOverInstance() {
    await this.call<void>('POST', '/admin/reconcile/take-over');
  }

  adoptKey(tokenHash: string, body: { ownerRef: string; name?: string }) {
    return this.call<ApiKey>(
      'POST',
      `/admin/unmanaged-keys/${enc(tokenHash)}/adopt`,
      body,
    );
  }

  async leaveKey(tokenHash: string) {
    await this.call<void>(
      'POST',
      `/admin/unmanaged-keys/${enc(tokenHash)}/leave`,
    );
  }

  getUsage(query: UsageQuery) {
    return this.call<UsageResponse>(
      'GET',
      `/usage?${queryOf(usageParams(query))}`,
    );
  }

  getCatalogSpend(query: {
    from: string;
    to: string;
    groupBy: CatalogSpendGroupBy;
    entityRef?: string;
  }) {
    const { entityRef, ...rest } = query;
    const params = new URLSearchParams(rest);
    if (entityRef) params.set('entityRef', entityRef);
    return this.call<CatalogSpendReport>(
      'GET',
      `/usage/catalog?${queryOf(params)}`,
    );
  }

  async getFocusExportUrl(
    query: { from: string; to: string },
    format: UsageExportFormat,
  ) {
    // Asked first, as for usage exports: a refusal fails here with its
    // message, not as an error page in place of the portal.
    await this.call<unknown>(
      'GET',
      `/usage/focus?${queryOf(
        new URLSearchParams({ ...query, format: 'json', to: query.from }),
      )}`,
    );
    const baseUrl = await this.discoveryApi.getBaseUrl('litemaas');
    const cookie = await this.fetchApi.fetch(
      `${baseUrl}/.backstage/auth/v1/cookie`,
      { credentials: 'include' },
    );
    if (!cookie.ok) throw await ResponseError.fromResponse(cookie);
    return `${baseUrl}/usage/focus?${queryOf(
      new URLSearchParams({ ...query, format }),
    )}`;
  }

  syncUsage() {
    return this.call<UsageSyncStatus>('POST', '/admin/usage/sync');
  }

  getUsageSyncStatus() {
    return this.call<UsageSyncStatus>('GET', '/admin/usage/sync');
  }

  acceptUsageHold(day: string) {
    return this.call<UsageSyncStatus>(
      'POST',
      `/admin/usage/holds/${enc(day)}/accept`,
    );
  }

  dismissUsageHold(day: string) {
    return this.call<UsageSyncStatus>(
      'POST',
      `/admin/usage/holds/${enc(day)}/dismiss`,
    );
  }

  async getUsageExportUrl(query: UsageQuery, format: UsageExportFormat) {
    // The download leaves the page: a refused query must fail here, with
    // its message, and not as an error page in place of the portal. The
    // view by provider is the cheapest one asking the same questions.
    await this.getUsage({ ...query, groupBy: 'provider' });
    const baseUrl = await this.discoveryApi.getBaseUrl('litemaas');
    // A download is a plain navigation, without the Authorization header:
    // the backend accepts Backstage's user cookie on the export route.
    const cookie = await this.fetchApi.fetch(
      `${baseUrl}/.backstage/auth/v1/cookie`,
      { credentials: 'include' },
    );
    if (!cookie.ok) throw await ResponseError.fromResponse(cookie);
    const params = usageParams({ ...query, groupBy: undefined });
    params.set('format', format);
    return `${baseUrl}/usage/export?${queryOf(params)}`;
  }

  listAuditEvents(query: AuditQuery = {}) {
    const params = auditParams(query);
    setPage(params, query);
    const qs = queryOf(params);
    return this.call<AuditEventPage>('GET', `/audit${qs ? `?${qs}` : ''}`);
  }

  async getAuditExportUrl(query: AuditQuery, format: AuditExportFormat) {
    // As with usage: a refused query fails here, with its message.
    await this.listAuditEvents({ ...query, limit: 1, offset: 0 });
    const baseUrl = await this.discoveryApi.getBaseUrl('litemaas');
    const cookie = await this.fetchApi.fetch(
      `${baseUrl}/.backstage/auth/v1/cookie`,
      { credentials: 'include' },
    );
    if (!cookie.ok) throw await ResponseError.fromResponse(cookie);
    const params = auditParams(query);
    params.set('format', format);
    return `${baseUrl}/audit/export?${queryOf(params)}`;
  }

  listRecertifications() {
    return this.call<{ items: RecertificationCampaign[] }>(
      'GET',
      '/recertifications',
    );
  }

  startRecertification(body: CreateRecertificationBody) {
    return this.call<RecertificationDetail>('POST', '/recertifications', body);
  }

  getRecertification(id: string) {
    return this.call<RecertificationDetail>(
      'GET',
      `/recertifications/${enc(id)}`,
    );
  }

  decideRecertification(id: string, body: RecertificationDecisionsBody) {
    return this.call<RecertificationDecisionsResponse>(
      'POST',
      `/recertifications/${enc(id)}/decisions`,
      body,
    );
  }

  async getRecertificationExportUrl(id: string, format: AuditExportFormat) {
    // A campaign the caller may not see fails here, with its message.
    await this.getRecertification(id);
    const baseUrl = await this.discoveryApi.getBaseUrl('litemaas');
    const cookie = await this.fetchApi.fetch(
      `${baseUrl}/.backstage/auth/v1/cookie`,
      { credentials: 'include' },
    );
    if (!cookie.ok) throw await ResponseError.fromResponse(cookie);
    return `${baseUrl}/recertifications/${enc(id)}/export?format=${format}`;
  }

  listDeprecations() {
    return this.call<{ items: DeprecationCampaign[] }>('GET', '/deprecations');
  }

  getDeprecation(modelName: string) {
    return this.call<DeprecationDetail>(
      'GET',
      `/deprecations/${enc(modelName)}`,
    );
  }

  deprecateModel(modelName: string, body: DeprecateModelBody) {
    return this.call<DeprecationCampaign>(
      'PUT',
      `/deprecations/${enc(modelName)}`,
      body,
    );
  }

  cancelDeprecation(modelName: string) {
    return this.call<void>('DELETE', `/deprecations/${enc(modelName)}`);
  }

  retireModelNow(modelName: string, body: RetireNowBody) {
    return this.call<DeprecationDetail>(
      'POST',
      `/deprecations/${enc(modelName)}/retire`,
      body,
    );
  }

  remindDeprecation(modelName: string) {
    return this.call<{ reminded: number }>(
      'POST',
      `/deprecations/${enc(modelName)}/remind`,
    );
  }

  getDeprecationRun() {
    return this.call<DeprecationTaskStatus>('GET', '/admin/deprecations/run');
  }

  runDeprecations() {
    return this.call<DeprecationTaskStatus>('POST', '/admin/deprecations/run');
  }

  listKeyTopUps(keyId: string) {
    return this.call<{ items: BudgetTopUp[] }>(
      'GET',
      `/keys/${enc(keyId)}/top-ups`,
    );
  }

  requestKeyTopUp(keyId: string, body: CreateBudgetTopUpBody) {
    return this.call<BudgetTopUp>('POST', `/keys/${enc(keyId)}/top-ups`, body);
  }

  requestTeamTopUp(body: CreateTeamTopUpBody) {
    return this.call<BudgetTopUp>('POST', '/teams/top-ups', body);
  }

  listTopUps(
    query: {
      scope?: 'mine' | 'review' | 'all';
      status?: BudgetTopUpStatus[];
    } = {},
  ) {
    const params = new URLSearchParams();
    if (query.scope) params.set('scope', query.scope);
    if (query.status?.length) params.set('status', query.status.join(','));
    const qs = queryOf(params);
    return this.call<{ items: BudgetTopUp[] }>(
      'GET',
      `/top-ups${qs ? `?${qs}` : ''}`,
    );
  }

  approveTopUp(id: string, body: BudgetTopUpDecisionBody = {}) {
    return this.call<BudgetTopUp>('POST', `/top-ups/${enc(id)}/approve`, body);
  }

  denyTopUp(id: string, reason: string) {
    return this.call<BudgetTopUp>('POST', `/top-ups/${enc(id)}/deny`, {
      reason,
    });
  }

  cancelTopUp(id: string) {
    return this.call<BudgetTopUp>('POST', `/top-ups/${enc(id)}/cancel`);
  }

  listDepartures() {
    return this.call<{ items: Departure[] }>('GET', '/admin/offboarding');
  }

  keepDeparture(subjectRef: string) {
    return this.call<Departure>('POST', '/admin/offboarding/keep', {
      subjectRef,
    });
  }

  getOffboardingStatus() {
    return this.call<OffboardingStatus>('GET', '/admin/offboarding/run');
  }

  runOffboarding() {
    return this.call<OffboardingStatus>('POST', '/admin/offboarding/run');
  }

  getApprovalRules(modelName: string) {
    return this.call<ApprovalRulesResponse>(
      'GET',
      `/models/${enc(modelName)}/approval-rules`,
    );
  }

  setApprovalRules(modelName: string, rules: ApprovalRule[]) {
    return this.call<ApprovalRulesResponse>(
      'PUT',
      `/models/${enc(modelName)}/approval-rules`,
      { rules },
    );
  }

  checkApprovalRules(modelName: string, body: ApprovalRulesCheckBody) {
    return this.call<ApprovalRulesCheckResponse>(
      'POST',
      `/models/${enc(modelName)}/approval-rules/check`,
      body,
    );
  }

  getEscalationStatus() {
    return this.call<EscalationStatus>(
      'GET',
      '/admin/access-requests/escalation',
    );
  }

  runEscalation() {
    return this.call<EscalationStatus>(
      'POST',
      '/admin/access-requests/escalation',
    );
  }

  listTeamBudgets(options: { scope?: 'mine' | 'all' } = {}) {
    const query = options.scope ? `?scope=${options.scope}` : '';
    return this.call<{ items: TeamBudget[] }>('GET', `/teams/budgets${query}`);
  }

  setTeamBudget(update: TeamBudgetUpdate) {
    return this.call<TeamBudget>('PUT', '/teams/budgets', update);
  }

  private async call<T>(
    method: string,
    path: string,
    body?: unknown,
    options: { keepalive?: boolean } = {},
  ) {
    const baseUrl = await this.discoveryApi.getBaseUrl('litemaas');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      ...(options.keepalive && { keepalive: true }),
      ...(body !== undefined && {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
}

/**
 * A query string the backend's OpenAPI validation takes: it refuses `+`
 * for a space (URLSearchParams' form encoding), so spaces are `%20`. A
 * literal `+` is already `%2B`.
 */
function queryOf(params: URLSearchParams): string {
  return params.toString().replace(/\+/g, '%20');
}

function usageParams(query: UsageQuery) {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.scope) params.set('scope', query.scope);
  if (query.model) params.set('model', query.model);
  if (query.groupBy) params.set('groupBy', query.groupBy);
  if (query.outsidePortal) params.set('outsidePortal', 'true');
  return params;
}

function enc(value: string) {
  return encodeURIComponent(value);
}

function auditParams(query: AuditQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of [
    'action',
    'actorRef',
    'subjectRef',
    'modelName',
    'outcome',
    'from',
    'to',
    'search',
  ] as const) {
    const value = query[name];
    if (value) params.set(name, value);
  }
  return params;
}

function setPage(
  params: URLSearchParams,
  page: { limit?: number; offset?: number },
) {
  if (page.limit !== undefined) params.set('limit', String(page.limit));
  if (page.offset) params.set('offset', String(page.offset));
}
