import { TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { applyDatabaseMigrations } from './migrations';
import { KnexAccessStore } from './KnexAccessStore';
import { KnexModelPolicyStore } from './KnexModelPolicyStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

describe.each(databases.eachSupportedId())(
  'access stores on %p',
  databaseId => {
    async function stores() {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      let clock = Date.parse('2026-11-20T09:00:00Z');
      const now = () => new Date((clock += 1000));
      return {
        access: new KnexAccessStore(knex, now),
        policies: new KnexModelPolicyStore(knex, now),
      };
    }

    const pending = {
      modelName: 'granite',
      subjectRef: 'user:default/alice',
      requestedBy: 'user:default/alice',
      justification: 'Summarise support tickets',
      status: 'pending' as const,
      limits: {},
    };

    it('creates a pending request with its history', async () => {
      const { access } = await stores();
      const request = await access.create(pending);
      expect(request).toMatchObject({
        modelName: 'granite',
        subjectRef: 'user:default/alice',
        status: 'pending',
        justification: 'Summarise support tickets',
        limits: {},
      });
      expect(request.decidedBy).toBeUndefined();
      expect(await access.history(request.id)).toEqual([
        expect.objectContaining({
          action: 'requested',
          toStatus: 'pending',
          actorRef: 'user:default/alice',
        }),
      ]);
    });

    it('records an immediate grant as requested and granted', async () => {
      const { access } = await stores();
      const request = await access.create({
        ...pending,
        status: 'granted',
        decidedBy: 'system:litemaas',
        decisionReason: 'Open model',
      });
      expect(request).toMatchObject({
        status: 'granted',
        decidedBy: 'system:litemaas',
        decisionReason: 'Open model',
      });
      expect((await access.history(request.id)).map(e => e.action)).toEqual([
        'requested',
        'granted',
      ]);
    });

    it('allows one active request per subject and model', async () => {
      const { access } = await stores();
      await access.create(pending);
      await expect(access.create(pending)).rejects.toBeInstanceOf(
        ConflictError,
      );
      // Another subject, or another model, is fine.
      await access.create({ ...pending, subjectRef: 'group:default/payments' });
      await access.create({ ...pending, modelName: 'gpt-4o-mini' });
    });

    it('moves a request only from the expected status', async () => {
      const { access } = await stores();
      const { id } = await access.create(pending);
      const approve = {
        from: ['pending' as const],
        to: 'granted' as const,
        action: 'granted' as const,
        actorRef: 'user:default/carol',
        decision: true,
        limits: { tpm: 1000 },
      };
      const granted = await access.transition(id, approve);
      expect(granted).toMatchObject({
        status: 'granted',
        decidedBy: 'user:default/carol',
        limits: { tpm: 1000 },
      });
      // A second approval finds nothing pending.
      await expect(access.transition(id, approve)).resolves.toBeUndefined();
    });

    it('lets a denied request come back for review unless another is active', async () => {
      const { access } = await stores();
      const { id } = await access.create(pending);
      await access.transition(id, {
        from: ['pending'],
        to: 'denied',
        action: 'denied',
        actorRef: 'user:default/dana',
        reason: 'Use the open model',
        decision: true,
      });
      const denied = await access.get(id);
      expect(denied).toMatchObject({
        status: 'denied',
        decisionReason: 'Use the open model',
      });

      // A new request takes the free slot: the old one cannot come back.
      const second = await access.create(pending);
      await expect(
        access.transition(id, {
          from: ['denied'],
          to: 'pending',
          action: 'review-requested',
          actorRef: 'user:default/alice',
        }),
      ).rejects.toBeInstanceOf(ConflictError);

      await access.transition(second.id, {
        from: ['pending'],
        to: 'cancelled',
        action: 'cancelled',
        actorRef: 'user:default/alice',
      });
      await expect(
        access.transition(id, {
          from: ['denied'],
          to: 'pending',
          action: 'review-requested',
          actorRef: 'user:default/alice',
        }),
      ).resolves.toMatchObject({ status: 'pending' });
      expect((await access.history(id)).map(e => e.action)).toEqual([
        'requested',
        'denied',
        'review-requested',
      ]);
    });

    it('moves every grant of a model to review at once', async () => {
      const { access } = await stores();
      const subjects = ['user:default/a', 'user:default/b', 'user:default/c'];
      for (const subjectRef of subjects) {
        await access.create({ ...pending, subjectRef, status: 'granted' });
      }
      await access.create({
        ...pending,
        modelName: 'other',
        status: 'granted',
      });
      const moved = await access.transitionAllForModel('granite', {
        from: ['granted'],
        to: 'pending',
        action: 'moved-to-review',
        actorRef: 'user:default/dana',
        reason: 'Model is now restricted',
      });
      expect(moved.map(r => r.subjectRef).sort()).toEqual(subjects);
      expect(moved.every(r => r.status === 'pending')).toBe(true);
      const other = await access.list({ modelNames: ['other'] });
      expect(other[0].status).toBe('granted');
    });

    it('filters lists', async () => {
      const { access } = await stores();
      await access.create(pending);
      await access.create({ ...pending, modelName: 'gpt', status: 'granted' });
      await access.create({
        ...pending,
        subjectRef: 'group:default/payments',
        requestedBy: 'user:default/bob',
      });
      expect(await access.list({ statuses: ['pending'] })).toHaveLength(2);
      expect(
        await access.list({ subjectRefs: ['group:default/payments'] }),
      ).toHaveLength(1);
      expect(
        await access.list({ requestedBy: 'user:default/bob' }),
      ).toHaveLength(1);
      expect(
        await access.list({ modelNames: ['granite'], statuses: ['pending'] }),
      ).toHaveLength(2);
      expect(
        await access.list({
          createdBefore: new Date('2026-11-20T09:00:01.500Z'),
        }),
      ).toHaveLength(1);
    });

    it('lists the active requests of subjects, newest first, with only what the catalog shows', async () => {
      const { access } = await stores();
      const granite = await access.create(pending);
      const gpt = await access.create({
        ...pending,
        modelName: 'gpt',
        status: 'granted',
      });
      const team = await access.create({
        ...pending,
        subjectRef: 'group:default/payments',
        requestedBy: 'user:default/bob',
      });
      const denied = await access.create({ ...pending, modelName: 'o3' });
      await access.transition(denied.id, {
        from: ['pending'],
        to: 'denied',
        actorRef: 'user:default/dana',
        action: 'denied',
      });
      await access.create({ ...pending, subjectRef: 'user:default/carol' });

      const refs = ['user:default/alice', 'group:default/payments'];
      expect(await access.activeOf(refs)).toEqual([
        {
          id: team.id,
          status: 'pending',
          subjectRef: 'group:default/payments',
          modelName: 'granite',
        },
        {
          id: gpt.id,
          status: 'granted',
          subjectRef: 'user:default/alice',
          modelName: 'gpt',
        },
        {
          id: granite.id,
          status: 'pending',
          subjectRef: 'user:default/alice',
          modelName: 'granite',
        },
      ]);
      expect((await access.activeOf(refs, ['gpt'])).map(r => r.id)).toEqual([
        gpt.id,
      ]);
      expect(await access.activeOf(['user:default/nobody'])).toEqual([]);
    });

    it('claims each expiry notice once, and not for an end that moved', async () => {
      const { access } = await stores();
      const end = new Date('2026-11-25T09:00:00Z');
      const grant = await access.create({
        ...pending,
        status: 'granted',
        decidedBy: 'user:default/carol',
        expiresAt: end,
      });
      expect(grant.expiresAt).toBe(end.toISOString());
      // Two replicas at once: one sends the 7-day notice.
      const claims = await Promise.all([
        access.claimExpiryNotice(grant.id, grant.expiresAt!, 7),
        access.claimExpiryNotice(grant.id, grant.expiresAt!, 7),
      ]);
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(
        await access.claimExpiryNotice(grant.id, grant.expiresAt!, 7),
      ).toBe(false);
      const [listed] = await access.endingBy(new Date('2026-12-01T00:00:00Z'));
      expect(listed).toMatchObject({ id: grant.id, noticeDays: 7 });
      // The end moved (an extension): notices start again, and a claim
      // made for the old end is refused.
      const later = new Date('2026-12-20T09:00:00Z');
      await access.transition(grant.id, {
        from: ['granted'],
        to: 'granted',
        action: 'extended',
        actorRef: 'user:default/carol',
        expiresAt: later,
      });
      expect(
        await access.claimExpiryNotice(grant.id, grant.expiresAt!, 1),
      ).toBe(false);
      expect(
        await access.claimExpiryNotice(grant.id, later.toISOString(), 7),
      ).toBe(true);
      expect(await access.endingBy(new Date('2026-12-01T00:00:00Z'))).toEqual(
        [],
      );
    });

    it('decides an ask to extend once, and does not expire a grant extended meanwhile', async () => {
      const { access } = await stores();
      const end = new Date('2026-11-25T09:00:00Z');
      const grant = await access.create({
        ...pending,
        status: 'granted',
        decidedBy: 'user:default/carol',
        expiresAt: end,
      });
      const extension = {
        until: '2026-12-10T09:00:00.000Z',
        justification: 'Pilot',
        requestedBy: 'user:default/alice',
        requestedAt: '2026-11-21T09:00:00.000Z',
      };
      const asked = await access.transition(grant.id, {
        from: ['granted'],
        to: 'granted',
        action: 'extension-requested',
        actorRef: 'user:default/alice',
        withExtension: false,
        extension,
      });
      expect(asked?.extension).toEqual(extension);
      // A second ask while one waits does not replace it.
      expect(
        await access.transition(grant.id, {
          from: ['granted'],
          to: 'granted',
          action: 'extension-requested',
          actorRef: 'user:default/alice',
          withExtension: false,
          extension: { ...extension, until: '2026-12-11T09:00:00.000Z' },
        }),
      ).toBeUndefined();
      const decide = (action: 'extended' | 'extension-denied') =>
        access
          .transition(grant.id, {
            from: ['granted'],
            to: 'granted',
            action,
            actorRef: 'user:default/carol',
            withExtension: true,
            extension: null,
            ...(action === 'extended' && {
              expiresAt: new Date(extension.until),
            }),
          })
          .catch(() => undefined);
      const decided = await Promise.all([
        decide('extended'),
        decide('extension-denied'),
      ]);
      expect(decided.filter(Boolean)).toHaveLength(1);
      expect(
        (await access.history(grant.id)).filter(e =>
          ['extended', 'extension-denied'].includes(e.action),
        ),
      ).toHaveLength(1);

      // The expiry run read the old end; the grant has a new one by now.
      const current = (await access.get(grant.id))!;
      const expired = await access.transition(grant.id, {
        from: ['granted'],
        to: 'expired',
        action: 'expired',
        actorRef: 'system:litemaas',
        endedBy: new Date('2026-11-26T00:00:00Z'),
      });
      expect(expired === undefined).toBe(
        current.expiresAt !== end.toISOString(),
      );
    });

    it('stores and replaces model policies', async () => {
      const { policies } = await stores();
      await expect(policies.get('granite')).resolves.toBeUndefined();
      await policies.put(
        'granite',
        {
          accessPolicy: 'restricted',
          ownerRef: 'group:default/ml-platform',
          description: 'Granite 3.1 2B on OpenShift AI',
          defaultLimits: { tpm: 10000, rpm: 60 },
        },
        'user:default/dana',
      );
      await policies.put(
        'granite',
        { accessPolicy: 'open', defaultLimits: {} },
        'user:default/dana',
      );
      expect(await policies.get('granite')).toEqual({
        accessPolicy: 'open',
        ownerRef: undefined,
        description: undefined,
        defaultLimits: {},
      });
      expect([...(await policies.list()).keys()]).toEqual(['granite']);
      await policies.delete('granite');
      expect((await policies.list()).size).toBe(0);
    });
  },
);
