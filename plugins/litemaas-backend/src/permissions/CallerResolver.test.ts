import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsRegistryService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { litemaasModelReadPermission } from '@litemaas/backstage-plugin-litemaas-common';
import { Request } from 'express';
import { CallerResolver } from './CallerResolver';

function request(token?: string): Request {
  return {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  } as unknown as Request;
}

/** A resolver over fakes that count the policy's round trips. */
function setup(
  options: {
    decisionCacheMs?: number;
    expiresInMs?: number;
    principal?: 'user' | 'service';
    admins?: string[];
  } = {},
) {
  let now = 1_000_000;
  const calls = { authorize: 0, authorizeConditional: 0 };
  const admins = new Set(options.admins ?? []);
  const userOf = (req: Request) =>
    (req.headers.authorization as string).replace('Bearer ', '').split('.')[0];
  const httpAuth = {
    async credentials(req: Request) {
      if (options.principal === 'service') {
        return { principal: { type: 'service', subject: 'plugin:x' } };
      }
      return {
        $$type: '@backstage/BackstageCredentials',
        principal: {
          type: 'user',
          userEntityRef: `user:default/${userOf(req)}`,
        },
        expiresAt:
          options.expiresInMs === undefined
            ? undefined
            : new Date(now + options.expiresInMs),
      };
    },
  } as unknown as HttpAuthService;
  const userInfo: UserInfoService = {
    async getUserInfo(credentials: BackstageCredentials) {
      const ref = (credentials.principal as { userEntityRef: string })
        .userEntityRef;
      return { userEntityRef: ref, ownershipEntityRefs: [ref] };
    },
  };
  const permissions: PermissionsService = {
    async authorize(requests) {
      calls.authorize += 1;
      return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
    },
    async authorizeConditional(requests, { credentials }) {
      calls.authorizeConditional += 1;
      const ref = (credentials.principal as { userEntityRef?: string })
        .userEntityRef;
      return requests.map(() => ({
        result:
          ref && admins.has(ref) ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
      }));
    },
  };
  const permissionsRegistry = {
    getPermissionRuleset: () => ({ getRuleByName: () => undefined }),
  } as unknown as PermissionsRegistryService;
  const resolver = new CallerResolver({
    httpAuth,
    userInfo,
    permissions,
    permissionsRegistry,
    decisionCacheMs: options.decisionCacheMs,
    now: () => now,
  });
  return {
    resolver,
    calls,
    admins,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('CallerResolver', () => {
  it('asks the policy once per request, in one batch', async () => {
    const { resolver, calls } = setup({ admins: ['user:default/dana'] });
    const caller = await resolver.resolve(request('dana.t1'));
    expect(caller.canManage).toBe(true);
    expect(calls).toEqual({ authorize: 0, authorizeConditional: 1 });
  });

  it('reuses decisions for the same token within the cache time, not after', async () => {
    const { resolver, calls, admins, advance } = setup({
      admins: ['user:default/dana'],
    });
    expect((await resolver.resolve(request('dana.t1'))).canManage).toBe(true);
    admins.delete('user:default/dana');
    advance(4_000);
    // Within 5 s: the policy is not asked again.
    expect((await resolver.resolve(request('dana.t1'))).canManage).toBe(true);
    expect(calls.authorizeConditional).toBe(1);
    advance(1_001);
    // After: the policy's new answer applies.
    expect((await resolver.resolve(request('dana.t1'))).canManage).toBe(false);
    expect(calls.authorizeConditional).toBe(2);
  });

  it('never answers one token with the decisions made for another', async () => {
    const { resolver, calls } = setup({ admins: ['user:default/dana'] });
    expect((await resolver.resolve(request('dana.t1'))).canManage).toBe(true);
    const alice = await resolver.resolve(request('alice.t1'));
    expect(alice.canManage).toBe(false);
    expect(alice.userRef).toBe('user:default/alice');
    expect(calls.authorizeConditional).toBe(2);
  });

  it('keys the cache by the permissions asked too', async () => {
    const { resolver, calls } = setup({ admins: ['user:default/dana'] });
    await resolver.resolve(request('dana.t1'));
    await resolver.resolve(request('dana.t1'), litemaasModelReadPermission);
    await resolver.require(request('dana.t1'), litemaasModelReadPermission);
    expect(calls.authorizeConditional).toBe(3);
    await resolver.require(request('dana.t1'), litemaasModelReadPermission);
    expect(calls.authorizeConditional).toBe(3);
  });

  it('refuses a route permission from a cached DENY too', async () => {
    const { resolver } = setup();
    await expect(
      resolver.require(request('alice.t1'), litemaasModelReadPermission),
    ).rejects.toThrow('Not allowed: litemaas.model.read');
    await expect(
      resolver.require(request('alice.t1'), litemaasModelReadPermission),
    ).rejects.toThrow('Not allowed: litemaas.model.read');
  });

  it('keeps no decision past the token expiry', async () => {
    const { resolver, calls, advance } = setup({ expiresInMs: 1_000 });
    await resolver.resolve(request('alice.t1'));
    advance(1_000);
    await resolver.resolve(request('alice.t1'));
    expect(calls.authorizeConditional).toBe(2);
  });

  it('asks every time when the cache is off (permissionCacheSeconds: 0)', async () => {
    const { resolver, calls } = setup({ decisionCacheMs: 0 });
    await resolver.resolve(request('alice.t1'));
    await resolver.resolve(request('alice.t1'));
    expect(calls.authorizeConditional).toBe(2);
  });

  it('does not cache for services (their decisions are made locally)', async () => {
    const { resolver, calls } = setup({ principal: 'service' });
    await resolver.resolve(request('svc.t1'));
    await resolver.resolve(request('svc.t1'));
    expect(calls.authorizeConditional).toBe(2);
  });
});
