import { TestDatabases } from '@backstage/backend-test-utils';
import {
  MASTER_KEY,
  openApiOperations,
  PEOPLE,
  PortalBackend,
  Role,
  ROLES,
  startPortalBackend,
} from './__testUtils__/portalBackend';

jest.setTimeout(300_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

type Expected = Record<Exclude<Role, 'anonymous'>, number>;

/** Everyone signed in gets `status`. */
const everyone = (status: number): Expected => ({
  outsider: status,
  owner: status,
  member: status,
  modelOwner: status,
  admin: status,
  service: status,
});

/** Admins (and services, which the portal's policy trusts) only. */
const adminsOnly = (status: number): Expected => ({
  ...everyone(403),
  admin: status,
  service: status,
});

interface Fixture {
  portal: PortalBackend;
  /** Alice's own key. */
  aliceKey: string;
  /** The payments team's key. */
  teamKey: string;
  /** Alice's pending request for granite (owned by Carol's team). */
  pendingGranite: string;
  next(): number;
}

interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
}

interface Row {
  op: string;
  /** What the row is about, when an operation has several. */
  what?: string;
  /** The request, made afresh for each role: a write may use things up. */
  call(f: Fixture, role: Role): Promise<Call> | Call;
  expected: Expected;
}

async function freshModel(f: Fixture) {
  const name = `m-${f.next()}`;
  const res = await f.portal.as('admin').post('/admin/models', {
    name,
    providerModel: `openai/${name}`,
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return name;
}

/** A restricted model nobody owns, and alice's pending request for it. */
async function alicesPending(f: Fixture) {
  const model = await freshModel(f);
  const res = await f.portal
    .as('owner')
    .post('/access-requests', { modelName: model });
  return { model, id: res.body.id as string };
}

async function alicesGrant(f: Fixture) {
  const { id } = await alicesPending(f);
  await f.portal.as('admin').post(`/access-requests/${id}/approve`, {});
  return id;
}

const DAY_MS = 24 * 3600 * 1000;
const inDays = (days: number) =>
  new Date(Date.now() + days * DAY_MS).toISOString();

/** Alice's grant that ends in ten days. */
async function alicesEndingGrant(f: Fixture) {
  const { id } = await alicesPending(f);
  await f.portal
    .as('admin')
    .post(`/access-requests/${id}/approve`, { expiresAt: inDays(10) });
  return id;
}

/** Alice's ending grant, and her ask to keep it ten days longer. */
async function alicesExtension(f: Fixture) {
  const id = await alicesEndingGrant(f);
  await f.portal
    .as('owner')
    .post(`/access-requests/${id}/extension`, { until: inDays(20) });
  return id;
}

/** A fresh model nobody owns, deprecated by an admin. */
async function deprecatedModel(f: Fixture) {
  const model = await freshModel(f);
  const res = await f.portal
    .as('admin')
    .put(`/deprecations/${model}`, { retireAt: inDays(30) });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  return model;
}

/** An admin's recertification of granite (Carol's team owns it). */
async function graniteCampaign(f: Fixture) {
  const res = await f.portal.as('admin').post('/recertifications', {
    modelNames: ['granite-8b'],
    deadline: inDays(14),
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body.campaign.id as string;
}

const TEAM_OF: Partial<Record<Role, string>> = {
  owner: 'group:default/payments',
  member: 'group:default/payments',
  modelOwner: 'group:default/ml-platform',
  admin: 'group:default/litemaas-admins',
};

/**
 * The role's team (payments for those in none) with a budget in LiteLLM
 * and no top-up waiting (alice withdraws any: one at a time per team).
 */
async function budgetedTeamOf(f: Fixture, role: Role) {
  const teamRef = TEAM_OF[role] ?? 'group:default/payments';
  await f.portal.as('admin').put('/teams/budgets', { teamRef, maxBudget: 50 });
  const asker = role in TEAM_OF ? (role as 'owner') : 'owner';
  const waiting = await f.portal.as(asker).get('/top-ups?status=pending');
  for (const topUp of waiting.body.items ?? []) {
    if (topUp.teamRef === teamRef) {
      await f.portal.as(asker).post(`/top-ups/${topUp.id}/cancel`);
    }
  }
  return teamRef;
}

/** Alice's key with a $10 budget, and her pending top-up of it. */
async function alicesTopUp(f: Fixture) {
  const key = await f.portal.as('owner').post('/keys', {
    name: `budget-${f.next()}`,
    models: ['gpt-4o-mini'],
    limits: { maxBudget: 10 },
  });
  const res = await f.portal
    .as('owner')
    .post(`/keys/${key.body.key.id}/top-ups`, {
      amount: 5,
      days: 7,
      justification: 'Month end',
    });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return { keyId: key.body.key.id as string, id: res.body.id as string };
}

/** A pending request of a fresh team for granite (Carol reviews it). */
async function pendingGraniteOfTeam(f: Fixture) {
  const res = await f.portal.as('admin').post('/access-requests', {
    modelName: 'granite-8b',
    subjectRef: `group:default/team-${f.next()}`,
  });
  return res.body.id as string;
}

async function freshAliceKey(f: Fixture) {
  const res = await f.portal
    .as('owner')
    .post('/keys', { name: `k${f.next()}`, models: ['gpt-4o-mini'] });
  return res.body.key.id as string;
}

const ROWS: Row[] = [
  {
    op: 'GetHealth',
    call: () => ({ method: 'GET', path: '/health' }),
    expected: everyone(200),
  },
  {
    op: 'ListModels',
    call: () => ({ method: 'GET', path: '/models' }),
    expected: everyone(200),
  },
  {
    op: 'GetModel',
    call: () => ({ method: 'GET', path: '/models/gpt-4o-mini' }),
    expected: everyone(200),
  },
  {
    op: 'SetModelPolicy',
    call: () => ({
      method: 'PUT',
      path: '/models/mistral-small/policy',
      body: { accessPolicy: 'open' },
    }),
    expected: adminsOnly(200),
  },
  // Approval rules: admins and the model's owners only.
  {
    op: 'GetApprovalRules',
    call: () => ({ method: 'GET', path: '/models/granite-8b/approval-rules' }),
    expected: { ...everyone(403), modelOwner: 200, admin: 200, service: 200 },
  },
  {
    op: 'SetApprovalRules',
    call: () => ({
      method: 'PUT',
      path: '/models/granite-8b/approval-rules',
      body: { rules: [] },
    }),
    expected: { ...everyone(403), modelOwner: 200, admin: 200, service: 200 },
  },
  {
    op: 'CheckApprovalRules',
    call: () => ({
      method: 'POST',
      path: '/models/granite-8b/approval-rules/check',
      body: {
        subjectRef: 'group:default/payments',
        requestedBy: 'user:default/alice',
        limits: { maxBudget: 1 },
        rules: [],
      },
    }),
    expected: { ...everyone(403), modelOwner: 200, admin: 200, service: 200 },
  },
  {
    op: 'GetEscalationTaskStatus',
    call: () => ({ method: 'GET', path: '/admin/access-requests/escalation' }),
    expected: adminsOnly(200),
  },
  {
    op: 'RunEscalationTask',
    call: () => ({ method: 'POST', path: '/admin/access-requests/escalation' }),
    expected: adminsOnly(200),
  },
  // Deprecation campaigns: admins run them; the models' owners follow them.
  {
    op: 'GetModelLifecycle',
    call: () => ({ method: 'GET', path: '/models/lifecycle' }),
    expected: everyone(200),
  },
  {
    op: 'ListDeprecations',
    call: () => ({ method: 'GET', path: '/deprecations' }),
    expected: everyone(200),
  },
  {
    op: 'GetDeprecation',
    call: async f => ({
      method: 'GET',
      path: `/deprecations/${await deprecatedModel(f)}`,
    }),
    expected: adminsOnly(200),
  },
  {
    op: 'DeprecateModel',
    call: async f => ({
      method: 'PUT',
      path: `/deprecations/${await freshModel(f)}`,
      body: { retireAt: inDays(30) },
    }),
    expected: adminsOnly(200),
  },
  {
    op: 'CancelDeprecation',
    call: async f => ({
      method: 'DELETE',
      path: `/deprecations/${await deprecatedModel(f)}`,
    }),
    expected: adminsOnly(204),
  },
  {
    op: 'RetireModelNow',
    call: async f => {
      const model = await deprecatedModel(f);
      return {
        method: 'POST',
        path: `/deprecations/${model}/retire`,
        body: { confirm: model },
      };
    },
    expected: adminsOnly(200),
  },
  {
    op: 'RemindDeprecation',
    call: async f => ({
      method: 'POST',
      path: `/deprecations/${await deprecatedModel(f)}/remind`,
    }),
    expected: adminsOnly(200),
  },
  {
    op: 'GetDeprecationTaskStatus',
    call: () => ({ method: 'GET', path: '/admin/deprecations/run' }),
    expected: adminsOnly(200),
  },
  {
    op: 'RunDeprecationTask',
    call: () => ({ method: 'POST', path: '/admin/deprecations/run' }),
    expected: adminsOnly(200),
  },
  {
    op: 'SyncModels',
    call: () => ({ method: 'POST', path: '/admin/sync' }),
    expected: adminsOnly(200),
  },
  {
    op: 'RegisterModel',
    call: f => {
      const name = `r-${f.next()}`;
      return {
        method: 'POST',
        path: '/admin/models',
        body: { name, providerModel: `openai/${name}` },
      };
    },
    expected: adminsOnly(201),
  },
  {
    op: 'UpdateModel',
    call: async f => {
      const name = await freshModel(f);
      return {
        method: 'PUT',
        path: `/admin/models/${name}`,
        body: { name, providerModel: `openai/${name}-v2` },
      };
    },
    expected: adminsOnly(200),
  },
  {
    op: 'DeleteModel',
    call: async f => ({
      method: 'DELETE',
      path: `/admin/models/${await freshModel(f)}`,
    }),
    expected: adminsOnly(204),
  },
  {
    op: 'TestConnection',
    call: f => ({
      method: 'POST',
      path: '/admin/test-connection',
      body: { apiBase: f.portal.emulator.url },
    }),
    expected: adminsOnly(200),
  },
  {
    op: 'ListAccessRequests',
    call: () => ({ method: 'GET', path: '/access-requests' }),
    expected: everyone(200),
  },
  {
    op: 'ListAccessRequests',
    what: 'the review queue',
    call: () => ({ method: 'GET', path: '/access-requests?scope=review' }),
    expected: everyone(200),
  },
  {
    op: 'CreateAccessRequest',
    call: async f => ({
      method: 'POST',
      path: '/access-requests',
      body: { modelName: await freshModel(f) },
    }),
    // A service must name whom it asks for.
    expected: { ...everyone(201), service: 400 },
  },
  {
    op: 'DecideAccessRequests',
    call: async f => ({
      method: 'POST',
      path: '/access-requests/decisions',
      body: { ids: [await pendingGraniteOfTeam(f)], decision: 'approve' },
    }),
    // Each result says whether it was allowed: the call itself is fine.
    expected: everyone(200),
  },
  {
    op: 'GetAccessRequest',
    call: f => ({
      method: 'GET',
      path: `/access-requests/${f.pendingGranite}`,
    }),
    expected: {
      outsider: 404,
      owner: 200,
      member: 404,
      modelOwner: 200,
      admin: 200,
      service: 200,
    },
  },
  {
    op: 'ApproveAccessRequest',
    call: async f => ({
      method: 'POST',
      path: `/access-requests/${await pendingGraniteOfTeam(f)}/approve`,
      body: {},
    }),
    expected: { ...everyone(404), modelOwner: 200, admin: 200, service: 200 },
  },
  {
    op: 'DenyAccessRequest',
    call: async f => ({
      method: 'POST',
      path: `/access-requests/${await pendingGraniteOfTeam(f)}/deny`,
      body: { reason: 'Not this quarter' },
    }),
    expected: { ...everyone(404), modelOwner: 200, admin: 200, service: 200 },
  },
  {
    op: 'CancelAccessRequest',
    call: async f => ({
      method: 'POST',
      path: `/access-requests/${(await alicesPending(f)).id}/cancel`,
    }),
    // Reviewers may see it, but only its party may cancel it.
    expected: { ...everyone(404), owner: 200, admin: 403, service: 403 },
  },
  {
    op: 'RequestAccessReview',
    call: async f => {
      const { id } = await alicesPending(f);
      await f.portal
        .as('admin')
        .post(`/access-requests/${id}/deny`, { reason: 'No' });
      return {
        method: 'POST',
        path: `/access-requests/${id}/review`,
        body: { justification: 'Please look again' },
      };
    },
    expected: { ...everyone(404), owner: 200, admin: 403, service: 403 },
  },
  {
    op: 'RevokeAccess',
    call: async f => ({
      method: 'POST',
      path: `/access-requests/${await alicesGrant(f)}/revoke`,
      body: {},
    }),
    // The holder gives it up, a reviewer takes it away.
    expected: { ...everyone(404), owner: 200, admin: 200, service: 200 },
  },
  {
    op: 'ChangeGrantLimits',
    call: async f => ({
      method: 'PUT',
      path: `/access-requests/${await alicesGrant(f)}/limits`,
      body: { limits: { tpm: 1000 } },
    }),
    expected: { ...everyone(404), owner: 403, admin: 200, service: 200 },
  },
  {
    op: 'RequestGrantExtension',
    call: async f => ({
      method: 'POST',
      path: `/access-requests/${await alicesEndingGrant(f)}/extension`,
      body: { until: inDays(20), justification: 'Still needed' },
    }),
    // The holder asks; reviewers see the grant but decide, not ask.
    expected: { ...everyone(404), owner: 200, admin: 403, service: 403 },
  },
  {
    op: 'ApproveGrantExtension',
    call: async f => ({
      method: 'POST',
      path: `/access-requests/${await alicesExtension(f)}/extension/approve`,
      body: {},
    }),
    expected: { ...everyone(404), owner: 403, admin: 200, service: 200 },
  },
  {
    op: 'DenyGrantExtension',
    call: async f => ({
      method: 'POST',
      path: `/access-requests/${await alicesExtension(f)}/extension/deny`,
      body: { reason: 'Project ends' },
    }),
    expected: { ...everyone(404), owner: 403, admin: 200, service: 200 },
  },
  {
    op: 'ListRecertifications',
    call: () => ({ method: 'GET', path: '/recertifications' }),
    expected: everyone(200),
  },
  {
    op: 'StartRecertification',
    call: () => ({
      method: 'POST',
      path: '/recertifications',
      body: { modelNames: ['granite-8b'], deadline: inDays(14) },
    }),
    // The model's owner and admins only: the others review no granite.
    expected: { ...everyone(403), modelOwner: 201, admin: 201, service: 201 },
  },
  {
    op: 'GetRecertification',
    call: async f => ({
      method: 'GET',
      path: `/recertifications/${await graniteCampaign(f)}`,
    }),
    expected: { ...everyone(404), modelOwner: 200, admin: 200, service: 200 },
  },
  {
    op: 'DecideRecertification',
    call: async f => ({
      method: 'POST',
      path: `/recertifications/${await graniteCampaign(f)}/decisions`,
      body: { decisions: [{ requestId: 'no-such-grant', decision: 'keep' }] },
    }),
    expected: { ...everyone(404), modelOwner: 200, admin: 200, service: 200 },
  },
  {
    op: 'ExportRecertification',
    call: async f => ({
      method: 'GET',
      path: `/recertifications/${await graniteCampaign(f)}/export?format=json`,
    }),
    expected: { ...everyone(404), modelOwner: 200, admin: 200, service: 200 },
  },
  {
    op: 'ListTopUps',
    call: () => ({ method: 'GET', path: '/top-ups?scope=review' }),
    expected: everyone(200),
  },
  {
    op: 'ListKeyTopUps',
    call: f => ({ method: 'GET', path: `/keys/${f.aliceKey}/top-ups` }),
    expected: { ...everyone(404), owner: 200, admin: 200, service: 200 },
  },
  {
    op: 'RequestKeyTopUp',
    call: async f => {
      const key = await f.portal.as('owner').post('/keys', {
        name: `budget-${f.next()}`,
        models: ['gpt-4o-mini'],
        limits: { maxBudget: 10 },
      });
      return {
        method: 'POST',
        path: `/keys/${key.body.key.id}/top-ups`,
        body: { amount: 5, days: 7, justification: 'Month end' },
      };
    },
    expected: { ...everyone(404), owner: 201, admin: 201, service: 201 },
  },
  {
    op: 'RequestTeamTopUp',
    call: async (f, role) => ({
      method: 'POST',
      path: '/teams/top-ups',
      body: {
        teamRef: await budgetedTeamOf(f, role),
        amount: 5,
        days: 7,
        justification: 'Month end',
      },
    }),
    // Members of the team ask; services and outsiders are in none.
    expected: {
      ...everyone(403),
      owner: 201,
      member: 201,
      modelOwner: 201,
      admin: 201,
    },
  },
  {
    op: 'ApproveTopUp',
    call: async f => ({
      method: 'POST',
      path: `/top-ups/${(await alicesTopUp(f)).id}/approve`,
      body: {},
    }),
    // gpt-4o-mini has no owner: admins decide; Alice sees it, may not.
    expected: { ...everyone(404), owner: 403, admin: 200, service: 200 },
  },
  {
    op: 'DenyTopUp',
    call: async f => ({
      method: 'POST',
      path: `/top-ups/${(await alicesTopUp(f)).id}/deny`,
      body: { reason: 'No' },
    }),
    expected: { ...everyone(404), owner: 403, admin: 200, service: 200 },
  },
  {
    op: 'CancelTopUp',
    call: async f => ({
      method: 'POST',
      path: `/top-ups/${(await alicesTopUp(f)).id}/cancel`,
    }),
    expected: { ...everyone(404), owner: 200, admin: 200, service: 200 },
  },
  {
    op: 'ListKeys',
    call: () => ({ method: 'GET', path: '/keys' }),
    expected: everyone(200),
  },
  {
    op: 'CreateKey',
    call: () => ({
      method: 'POST',
      path: '/keys',
      body: { name: 'new', models: ['gpt-4o-mini'] },
    }),
    // Only alice (and dana) hold a grant of gpt-4o-mini themselves; a
    // service must say whose key it makes.
    expected: { ...everyone(400), owner: 201, admin: 201 },
  },
  {
    op: 'CreateKey',
    what: 'a team key',
    call: () => ({
      method: 'POST',
      path: '/keys',
      body: {
        name: 'team',
        models: ['gpt-4o-mini'],
        subjectRef: 'group:default/payments',
      },
    }),
    expected: {
      outsider: 403,
      owner: 201,
      member: 201,
      modelOwner: 403,
      admin: 201,
      service: 201,
    },
  },
  {
    op: 'GetPlaygroundSettings',
    call: () => ({ method: 'GET', path: '/playground' }),
    expected: everyone(200),
  },
  {
    op: 'StartPlaygroundSession',
    call: () => ({
      method: 'POST',
      path: '/playground/sessions',
      body: { model: 'gpt-4o-mini' },
    }),
    // Whoever holds a grant, their own or their team's; a session is for
    // a person, so a service is refused.
    expected: {
      outsider: 403,
      owner: 201,
      member: 201,
      modelOwner: 403,
      admin: 201,
      service: 400,
    },
  },
  {
    op: 'EndPlaygroundSession',
    what: "alice's session",
    call: async f => {
      // Alice's earlier sessions end first: she may hold only a few.
      const all = await f.portal.as('admin').get('/keys?scope=all');
      for (const key of all.body.items) {
        if (key.origin === 'playground' && key.status !== 'revoked') {
          await f.portal.as('owner').delete(`/playground/sessions/${key.id}`);
        }
      }
      const started = await f.portal
        .as('owner')
        .post('/playground/sessions', { model: 'gpt-4o-mini' });
      if (started.status !== 201) {
        throw new Error(
          `No session for alice: ${JSON.stringify(started.body)}`,
        );
      }
      return {
        method: 'DELETE',
        path: `/playground/sessions/${started.body.session.id}`,
      };
    },
    // Anyone but its owner (and who may manage her keys) is told there is
    // no such session.
    expected: { ...everyone(404), owner: 204, admin: 204, service: 204 },
  },
  ...(
    [
      ['ListAuditEvents', '/audit'],
      ['ExportAuditEvents', '/audit/export?format=json'],
    ] as const
  ).map(
    ([op, path]): Row => ({
      op,
      call: () => ({ method: 'GET', path }),
      // Admins all of it, model owners their models' part, others nothing.
      expected: { ...adminsOnly(200), modelOwner: 200 },
    }),
  ),
  {
    op: 'ProvisionKeys',
    call: f => ({
      method: 'POST',
      path: '/keys/provision',
      body: {
        aliasPrefix: `ws-${f.next()}-`,
        participants: ['p1'],
        models: ['gpt-4o-mini'],
        expiresInDays: 1,
        subjectRef: PEOPLE.admin,
      },
    }),
    expected: adminsOnly(200),
  },
  {
    op: 'RevokeKeysByPrefix',
    call: () => ({
      method: 'POST',
      path: '/keys/revoke-by-prefix',
      body: { aliasPrefix: 'nothing-matches-' },
    }),
    expected: adminsOnly(200),
  },
  ...(
    [
      ['GetKey', 'GET', '', undefined, 200],
      ['UpdateKey', 'PATCH', '', { name: 'renamed' }, 200],
      ['RotateKey', 'POST', '/rotate', {}, 200],
      ['RevokeKey', 'POST', '/revoke', {}, 200],
    ] as const
  ).flatMap(([op, method, suffix, body, ok]): Row[] => [
    {
      op,
      what: "alice's key",
      call: async f => ({
        method,
        path: `/keys/${
          op === 'GetKey' ? f.aliceKey : await freshAliceKey(f)
        }${suffix}`,
        body,
      }),
      // Anyone but its owner (and admins) is told there is no such key.
      expected: { ...everyone(404), owner: ok, admin: ok, service: ok },
    },
    {
      op,
      what: "the payments team's key",
      call: async f => ({
        method,
        path: `/keys/${
          op === 'GetKey'
            ? f.teamKey
            : (
                await f.portal.as('owner').post('/keys', {
                  name: `t${f.next()}`,
                  models: ['gpt-4o-mini'],
                  subjectRef: 'group:default/payments',
                })
              ).body.key.id
        }${suffix}`,
        body,
      }),
      expected: {
        ...everyone(404),
        owner: ok,
        member: ok,
        admin: ok,
        service: ok,
      },
    },
  ]),
  ...(['BlockKey', 'UnblockKey'] as const).map(
    (op): Row => ({
      op,
      call: async f => ({
        method: 'POST',
        path: `/keys/${await freshAliceKey(f)}/${
          op === 'BlockKey' ? 'block' : 'unblock'
        }`,
      }),
      // Blocking is for admins: anyone else is refused before the key is
      // looked at, so nothing is revealed.
      expected: adminsOnly(200),
    }),
  ),
  {
    op: 'ClaimKeyDelivery',
    call: async f => {
      const made = await f.portal.as('admin').post('/keys/provision', {
        aliasPrefix: `dl-${f.next()}-`,
        participants: ['p1'],
        models: ['gpt-4o-mini'],
        expiresInDays: 1,
        delivery: 'download',
      });
      const url = new URL(made.body.download.url);
      return {
        method: 'POST',
        path: `/deliveries/${made.body.download.id}/claim`,
        body: { token: url.searchParams.get('token') },
      };
    },
    // Only for the admin who made it; a service is no person.
    expected: { ...everyone(404), admin: 200, service: 403 },
  },
  {
    op: 'GetKeyFormSettings',
    call: () => ({ method: 'GET', path: '/key-settings' }),
    expected: everyone(200),
  },
  {
    op: 'GetKeySettings',
    call: () => ({ method: 'GET', path: '/admin/key-settings' }),
    expected: adminsOnly(200),
  },
  {
    op: 'PutKeySettings',
    call: async f => ({
      method: 'PUT',
      path: '/admin/key-settings',
      body: (await f.portal.as('admin').get('/admin/key-settings')).body,
    }),
    expected: adminsOnly(200),
  },
  {
    op: 'GetReconcileStatus',
    call: () => ({ method: 'GET', path: '/admin/reconcile' }),
    expected: adminsOnly(200),
  },
  {
    op: 'ReconcileKeys',
    call: () => ({ method: 'POST', path: '/admin/reconcile' }),
    expected: adminsOnly(200),
  },
  {
    op: 'ConfirmHeldActions',
    call: () => ({
      method: 'POST',
      path: '/admin/reconcile/holds/confirm',
      body: { ids: ['00000000-0000-0000-0000-000000000000'] },
    }),
    expected: adminsOnly(200),
  },
  {
    op: 'DismissHeldActions',
    call: () => ({
      method: 'POST',
      path: '/admin/reconcile/holds/dismiss',
      body: { ids: ['00000000-0000-0000-0000-000000000000'] },
    }),
    expected: adminsOnly(200),
  },
  {
    op: 'TakeOverInstance',
    call: () => ({ method: 'POST', path: '/admin/reconcile/take-over' }),
    expected: adminsOnly(204),
  },
  {
    op: 'GetGateways',
    call: () => ({ method: 'GET', path: '/admin/gateways' }),
    expected: adminsOnly(200),
  },
  // No gateway adapter publishes models in this backend: an admin gets past
  // the permission check to the service's 404, everyone else stops at 403.
  // (plugins/litemaas-backend/src/kuadrant.test.ts publishes for real.)
  {
    op: 'PublishModelOnGateway',
    call: () => ({
      method: 'PUT',
      path: '/admin/gateways/kuadrant/models/gpt-4o-mini',
      body: { route: { namespace: 'models', name: 'gpt-4o-mini' } },
    }),
    expected: adminsOnly(404),
  },
  {
    op: 'WithdrawModelFromGateway',
    call: () => ({
      method: 'DELETE',
      path: '/admin/gateways/kuadrant/models/gpt-4o-mini',
    }),
    expected: adminsOnly(404),
  },
  {
    op: 'GetKeyGateways',
    call: f => ({ method: 'GET', path: `/admin/keys/${f.aliceKey}/gateways` }),
    expected: adminsOnly(200),
  },
  {
    op: 'AdoptKey',
    call: async f => {
      const made = await fetch(`${f.portal.emulator.url}/key/generate`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${MASTER_KEY}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ user_id: `batch-${f.next()}`, models: [] }),
      }).then(r => r.json());
      return {
        method: 'POST',
        path: `/admin/unmanaged-keys/${made.token}/adopt`,
        body: { ownerRef: PEOPLE.owner },
      };
    },
    expected: adminsOnly(201),
  },
  {
    op: 'LeaveKey',
    call: () => ({
      method: 'POST',
      path: `/admin/unmanaged-keys/${'a'.repeat(64)}/leave`,
    }),
    expected: adminsOnly(204),
  },
  {
    op: 'GetUsage',
    call: () => ({
      method: 'GET',
      path: '/usage?from=2026-11-01&to=2026-11-30',
    }),
    expected: everyone(200),
  },
  {
    op: 'GetUsage',
    what: "everyone's usage",
    call: () => ({
      method: 'GET',
      path: '/usage?from=2026-11-01&to=2026-11-30&scope=all',
    }),
    expected: adminsOnly(200),
  },
  {
    // Everyone: admins get every Component, others those they own.
    op: 'GetCatalogSpend',
    call: () => ({
      method: 'GET',
      path: '/usage/catalog?from=2026-11-01&to=2026-11-30&groupBy=system',
    }),
    expected: everyone(200),
  },
  {
    op: 'ExportFocus',
    call: () => ({
      method: 'GET',
      path: '/usage/focus?from=2026-11-01&to=2026-11-30&format=json',
    }),
    expected: adminsOnly(200),
  },
  {
    op: 'ExportUsage',
    call: () => ({
      method: 'GET',
      path: '/usage/export?from=2026-11-01&to=2026-11-30',
    }),
    expected: everyone(200),
  },
  {
    op: 'GetUsageSyncStatus',
    call: () => ({ method: 'GET', path: '/admin/usage/sync' }),
    expected: adminsOnly(200),
  },
  {
    op: 'SyncUsage',
    call: () => ({ method: 'POST', path: '/admin/usage/sync' }),
    expected: adminsOnly(200),
  },
  {
    op: 'GetRecertificationTaskStatus',
    call: () => ({ method: 'GET', path: '/admin/grants/recertification' }),
    expected: adminsOnly(200),
  },
  {
    op: 'RunRecertificationTask',
    call: () => ({ method: 'POST', path: '/admin/grants/recertification' }),
    expected: adminsOnly(200),
  },
  {
    op: 'ListDepartures',
    call: () => ({ method: 'GET', path: '/admin/offboarding' }),
    expected: adminsOnly(200),
  },
  // Nobody is missing from the catalog here: admins get as far as 404.
  {
    op: 'KeepDeparture',
    call: () => ({
      method: 'POST',
      path: '/admin/offboarding/keep',
      body: { subjectRef: 'user:default/nobody' },
    }),
    expected: adminsOnly(404),
  },
  {
    op: 'GetOffboardingTaskStatus',
    call: () => ({ method: 'GET', path: '/admin/offboarding/run' }),
    expected: adminsOnly(200),
  },
  {
    op: 'RunOffboardingTask',
    call: () => ({ method: 'POST', path: '/admin/offboarding/run' }),
    expected: adminsOnly(200),
  },
  {
    op: 'GetTopUpTaskStatus',
    call: () => ({ method: 'GET', path: '/admin/top-ups/run' }),
    expected: adminsOnly(200),
  },
  {
    op: 'RunTopUpTask',
    call: () => ({ method: 'POST', path: '/admin/top-ups/run' }),
    expected: adminsOnly(200),
  },
  {
    op: 'GetGrantExpiryStatus',
    call: () => ({ method: 'GET', path: '/admin/grants/expiry' }),
    expected: adminsOnly(200),
  },
  {
    op: 'RunGrantExpiry',
    call: () => ({ method: 'POST', path: '/admin/grants/expiry' }),
    expected: adminsOnly(200),
  },
  // No day is held back here: admins get as far as "not found".
  {
    op: 'AcceptUsageHold',
    call: () => ({
      method: 'POST',
      path: '/admin/usage/holds/2026-11-20/accept',
    }),
    expected: adminsOnly(404),
  },
  {
    op: 'DismissUsageHold',
    call: () => ({
      method: 'POST',
      path: '/admin/usage/holds/2026-11-20/dismiss',
    }),
    expected: adminsOnly(404),
  },
  {
    op: 'ListTeamBudgets',
    call: () => ({ method: 'GET', path: '/teams/budgets' }),
    expected: everyone(200),
  },
  {
    op: 'SetTeamBudget',
    call: () => ({
      method: 'PUT',
      path: '/teams/budgets',
      body: { teamRef: 'group:default/payments', maxBudget: 100 },
    }),
    expected: adminsOnly(200),
  },
];

describe('the authorization matrix', () => {
  it('has a row for every operation of the API', () => {
    const { operations } = openApiOperations();
    const covered = new Set(ROWS.map(r => r.op));
    const missing = operations.map(o => o.id).filter(id => !covered.has(id));
    expect(missing).toEqual([]);
    const unknown = [...covered].filter(
      op => !operations.some(o => o.id === op),
    );
    expect(unknown).toEqual([]);
  });
});

describe.each(databases.eachSupportedId())(
  'the authorization matrix on %p',
  databaseId => {
    it('answers every operation for every kind of caller as the table says', async () => {
      const portal = await startPortalBackend(databases, databaseId);
      let n = 0;
      const fixture: Fixture = {
        portal,
        next: () => ++n,
        aliceKey: '',
        teamKey: '',
        pendingGranite: '',
      };
      // Grants for alice, her team and dana; keys; a pending request.
      for (const [role, subjectRef] of [
        ['owner', undefined],
        ['owner', 'group:default/payments'],
        ['admin', undefined],
      ] as const) {
        const res = await portal
          .as(role)
          .post('/access-requests', { modelName: 'gpt-4o-mini', subjectRef });
        expect(res.body).toMatchObject({ status: 'granted' });
      }
      fixture.aliceKey = await freshAliceKey(fixture);
      fixture.teamKey = (
        await portal.as('owner').post('/keys', {
          name: 'team',
          models: ['gpt-4o-mini'],
          subjectRef: 'group:default/payments',
        })
      ).body.key.id;
      fixture.pendingGranite = (
        await portal
          .as('owner')
          .post('/access-requests', { modelName: 'granite-8b' })
      ).body.id;

      const seen: Record<string, Record<string, number>> = {};
      const wanted: Record<string, Record<string, number>> = {};
      let requests = 0;
      for (const row of ROWS) {
        const name = row.what ? `${row.op} (${row.what})` : row.op;
        seen[name] = {};
        wanted[name] = { anonymous: 401, ...row.expected };
        for (const role of ROLES) {
          const call = await row.call(fixture, role);
          const res = await portal.call(
            role,
            call.method,
            call.path,
            call.body,
          );
          requests++;
          seen[name][role] = res.status;
        }
      }
      expect(seen).toEqual(wanted);
      // eslint-disable-next-line no-console
      console.log(
        `${databaseId}: ${ROWS.length} rows × ${ROLES.length} callers, ${requests} requests, all as the table says`,
      );
      await portal.close();
    });
  },
);
