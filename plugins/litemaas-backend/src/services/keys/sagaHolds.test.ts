import { TestDatabases } from '@backstage/backend-test-utils';
import {
  alice,
  keyServices,
  startKeyFixture,
} from '../../__testUtils__/keyFixture';
import { portalCaller } from '../../permissions/Caller';
import { SagaInterrupted, SagaStep } from './KeyWriter';
import { hashKey } from './keyViews';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

/**
 * The keys LiteLLM holds that carry a portal key id, by hash: what a key
 * row has left in the gateway.
 */
async function gatewayKeysOf(
  litellm: ReturnType<typeof keyServices>['litellm'],
  keyId: string,
) {
  const found = new Map<string, string | undefined>();
  for await (const page of litellm.listAllKeys()) {
    for (const key of page) {
      if (key.metadata?.litemaas_key_id === keyId)
        found.set(key.token!, key.key_alias ?? undefined);
    }
  }
  return found;
}

describe('a saga holds its key row', () => {
  it.each(databases.eachSupportedId())(
    'a revoke during a live rotation is a 409 and the rotation completes (%p)',
    async databaseId => {
      const { emulator, knex } = await startKeyFixture(databases, {
        databaseId,
      });
      const { keys, litellm, store } = keyServices({
        knex,
        emulatorUrl: emulator.url,
        // Every saga counts as live for a minute.
        reconcile: { staleAfterMs: 60_000 },
      });
      const made = await keys.create(alice, {
        name: 'slow',
        models: ['gpt-4o-mini'],
      });
      // The re-made key takes a while to come back from LiteLLM.
      emulator.faults.inject({ path: '/key/generate', delayMs: 400 });
      const rotation = keys.rotate(alice, made.key.id);
      await new Promise(r => setTimeout(r, 150));
      await expect(keys.revoke(alice, made.key.id)).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringContaining('busy'),
      });
      const rotated = await rotation;

      const record = (await store.get(made.key.id))!;
      expect(record.status).toBe('active');
      expect(record.operation).toBeUndefined();
      expect(record.tokenHash).toBe(hashKey(rotated.value));
      expect([...(await gatewayKeysOf(litellm, made.key.id)).keys()]).toEqual([
        record.tokenHash,
      ]);
      await emulator.close();
    },
  );

  it.each(databases.eachSupportedId())(
    'a revoke that takes over a dead rotation leaves nothing live in LiteLLM, even the value still being made (%p)',
    async databaseId => {
      const { emulator, knex } = await startKeyFixture(databases, {
        databaseId,
      });
      const { keys, litellm, store } = keyServices({
        knex,
        emulatorUrl: emulator.url,
        // Every saga counts as dead at once: the revoke takes the row over.
        reconcile: { staleAfterMs: -1 },
      });
      const made = await keys.create(alice, {
        name: 'taken-over',
        models: ['gpt-4o-mini'],
      });
      // LiteLLM makes the new key only after the revoke is done.
      emulator.faults.inject({ path: '/key/generate', delayMs: 400 });
      const rotation = keys.rotate(alice, made.key.id);
      await new Promise(r => setTimeout(r, 150));
      const revoked = await keys.revoke(alice, made.key.id);
      expect(revoked.status).toBe('revoked');
      // The rotation finds its row gone from under it and says so, and
      // deletes the value nobody will ever see.
      await expect(rotation).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringContaining('changed by something else'),
      });

      expect((await store.get(made.key.id))!.status).toBe('revoked');
      expect((await gatewayKeysOf(litellm, made.key.id)).size).toBe(0);
      await emulator.close();
    },
  );

  it.each(databases.eachSupportedId())(
    'a rotation that crashed after recording its new value is finished without deleting that value (%p)',
    async databaseId => {
      const { emulator, knex } = await startKeyFixture(databases, {
        databaseId,
      });
      let crashAt: SagaStep | undefined = 'rotate:recorded';
      const { keys, litellm, store, reconciler } = keyServices({
        knex,
        emulatorUrl: emulator.url,
        interruptAt: step => step === crashAt,
        reconcile: {
          staleAfterMs: -1,
          confirmAfterMs: 0,
          maxShare: 1,
          maxCount: Infinity,
        },
      });
      const made = await keys.create(alice, {
        name: 'crashed',
        models: ['gpt-4o-mini'],
      });
      const oldHash = (await store.get(made.key.id))!.tokenHash!;
      await expect(keys.rotate(alice, made.key.id)).rejects.toBeInstanceOf(
        SagaInterrupted,
      );
      crashAt = undefined;
      const crashed = (await store.get(made.key.id))!;
      const newHash = crashed.tokenHash!;
      expect(newHash).not.toBe(oldHash);
      expect(crashed.operation).toBe('rotate');

      await reconciler.run();
      const finished = (await store.get(made.key.id))!;
      expect(finished).toMatchObject({
        status: 'active',
        tokenHash: newHash,
        operation: undefined,
        retiringTokenHash: undefined,
      });
      // Only the recorded value is left, under the key's own alias.
      expect(await gatewayKeysOf(litellm, made.key.id)).toEqual(
        new Map([[newHash, finished.alias]]),
      );

      // And the key rotates again from there.
      const again = await keys.rotate(alice, made.key.id);
      expect([...(await gatewayKeysOf(litellm, made.key.id)).keys()]).toEqual([
        hashKey(again.value),
      ]);
      await emulator.close();
    },
  );

  it.each(databases.eachSupportedId())(
    'a crashed rotation with a grace period keeps the old value working until the period ends (%p)',
    async databaseId => {
      const { emulator, knex } = await startKeyFixture(databases, {
        databaseId,
      });
      let crashAt: SagaStep | undefined = 'rotate:recorded';
      const { keys, litellm, store, reconciler } = keyServices({
        knex,
        emulatorUrl: emulator.url,
        interruptAt: step => step === crashAt,
        reconcile: {
          staleAfterMs: -1,
          confirmAfterMs: 0,
          maxShare: 1,
          maxCount: Infinity,
        },
      });
      const made = await keys.create(alice, {
        name: 'graceful',
        models: ['gpt-4o-mini'],
      });
      const oldHash = (await store.get(made.key.id))!.tokenHash!;
      await expect(
        keys.rotate(alice, made.key.id, { gracePeriodHours: 2 }),
      ).rejects.toBeInstanceOf(SagaInterrupted);
      crashAt = undefined;

      await reconciler.run();
      const finished = (await store.get(made.key.id))!;
      expect(finished.operation).toBeUndefined();
      expect(finished.retiringTokenHash).toBe(oldHash);
      expect(finished.retireAt!.getTime()).toBeGreaterThan(
        Date.now() + 3600_000,
      );
      expect(
        new Set((await gatewayKeysOf(litellm, made.key.id)).keys()),
      ).toEqual(new Set([oldHash, finished.tokenHash]));
      await emulator.close();
    },
  );

  it.each(databases.eachSupportedId())(
    'concurrent creates never take more places than the limit, nor reach LiteLLM when refused (%p)',
    async databaseId => {
      const { emulator, knex } = await startKeyFixture(databases, {
        databaseId,
      });
      const { keys } = keyServices({
        knex,
        emulatorUrl: emulator.url,
        maxActiveKeysPerSubject: 2,
      });
      const outcomes = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) =>
          keys.create(alice, { name: `k${i}`, models: ['gpt-4o-mini'] }),
        ),
      );
      const made = outcomes.flatMap(o =>
        o.status === 'fulfilled' ? [o.value.key.id] : [],
      );
      const refused = outcomes.flatMap(o =>
        o.status === 'rejected' ? [o.reason] : [],
      );
      expect(made).toHaveLength(2);
      for (const reason of refused) {
        expect(reason).toMatchObject({
          name: 'ConflictError',
          message: expect.stringContaining('the limit is 2'),
        });
      }
      expect((await keys.list(alice, {})).map(k => k.id).sort()).toEqual(
        [...made].sort(),
      );
      // A refused create left nothing behind at the gateway.
      expect([...emulator.state.keys.values()]).toHaveLength(2);
      await emulator.close();
    },
  );

  it.each(databases.eachSupportedId())(
    'a differently cased ref is the same subject: one set of keys, one limit (%p)',
    async databaseId => {
      const { emulator, knex } = await startKeyFixture(databases, {
        databaseId,
      });
      const { keys } = keyServices({
        knex,
        emulatorUrl: emulator.url,
        maxActiveKeysPerSubject: 1,
      });
      const shouting = portalCaller({ userRef: 'User:Default/ALICE' });
      const made = await keys.create(shouting, {
        name: 'first',
        models: ['gpt-4o-mini'],
      });
      expect(made.key.subjectRef).toBe('user:default/alice');
      // Her limit counts keys made under any spelling of her ref.
      await expect(
        keys.create(alice, { name: 'second', models: ['gpt-4o-mini'] }),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        keys.create(portalCaller({ userRef: 'user:default/bob' }), {
          name: 'for-alice',
          models: ['gpt-4o-mini'],
          subjectRef: 'USER:default/Alice',
        }),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
      expect((await keys.list(alice, {})).map(k => k.id)).toEqual([
        made.key.id,
      ]);
      await emulator.close();
    },
  );
});
