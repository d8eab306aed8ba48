import { TestDatabases } from '@backstage/backend-test-utils';
import { KeyDeliveryStore } from '../../database/KeyDeliveryStore';
import { applyDatabaseMigrations } from '../../database/migrations';
import { KeyDelivery } from './KeyDelivery';

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });
const SECRET = 'test-only-secret-0123456789abcdefghij';
const ALICE = 'user:default/alice';
const keys = [{ participant: 'ann', alias: 'ws-ann', value: 'sk-ann-secret' }];

describe.each(databases.eachSupportedId())('KeyDelivery on %p', id => {
  async function setup(options: { secret?: string; ttlMs?: number } = {}) {
    const knex = await databases.init(id);
    await applyDatabaseMigrations(knex);
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const delivery = new KeyDelivery({
      store: new KeyDeliveryStore(knex),
      secret: 'secret' in options ? options.secret : SECRET,
      ttlMs: options.ttlMs,
      pageUrl: 'https://portal.example.com/litemaas/deliveries',
      now: () => new Date(clock),
    });
    const token = (url: string) => new URL(url).searchParams.get('token')!;
    return {
      knex,
      delivery,
      token,
      tick: (ms: number) => {
        clock += ms;
      },
    };
  }

  it('seals values so the database holds neither them nor the token', async () => {
    const { knex, delivery, token } = await setup();
    const link = await delivery.seal(ALICE, 'ws-', keys);
    expect(link.url).toMatch(
      /^https:\/\/portal.example.com\/litemaas\/deliveries\/[0-9a-f-]{36}\?token=/,
    );
    expect(link.expiresAt).toBe('2026-12-01T11:00:00.000Z');
    const rows = JSON.stringify(await knex('litemaas_key_deliveries'));
    expect(rows).not.toContain('sk-ann-secret');
    expect(rows).not.toContain(token(link.url));
    expect(await delivery.claim(ALICE, link.id, token(link.url))).toEqual({
      aliasPrefix: 'ws-',
      keys,
    });
    expect(await knex('litemaas_key_deliveries')).toEqual([]);
  });

  it('gives them once, to their owner with the right token, before the expiry', async () => {
    const { delivery, token, tick } = await setup({ ttlMs: 60_000 });
    const link = await delivery.seal(ALICE, 'ws-', keys);
    const t = token(link.url);
    await expect(
      delivery.claim('user:default/bob', link.id, t),
    ).rejects.toThrow(/not yours/);
    await expect(
      delivery.claim(ALICE, link.id, `${t.slice(0, -1)}x`),
    ).rejects.toThrow(/not yours/);
    // Neither of those used it up.
    const [first, second] = await Promise.allSettled([
      delivery.claim(ALICE, link.id, t),
      delivery.claim(ALICE, link.id, t),
    ]);
    expect([first.status, second.status].sort()).toEqual([
      'fulfilled',
      'rejected',
    ]);

    const late = await delivery.seal(ALICE, 'ws-', keys);
    tick(61_000);
    await expect(
      delivery.claim(ALICE, late.id, token(late.url)),
    ).rejects.toThrow(/expired/);
    expect(await delivery.deleteExpired()).toBe(0);
  });

  it('refuses a tampered seal and works only when configured', async () => {
    const { knex, delivery, token } = await setup();
    const link = await delivery.seal(ALICE, 'ws-', keys);
    const row = await knex('litemaas_key_deliveries').first();
    const [iv, tag, data] = row.sealed.split('.');
    const flipped = Buffer.from(data, 'base64');
    flipped[0] ^= 1;
    await knex('litemaas_key_deliveries')
      .where({ id: link.id })
      .update({ sealed: [iv, tag, flipped.toString('base64')].join('.') });
    await expect(
      delivery.claim(ALICE, link.id, token(link.url)),
    ).rejects.toThrow();

    const unset = await setup({ secret: undefined });
    expect(unset.delivery.available).toBe(false);
    await expect(unset.delivery.seal(ALICE, 'ws-', keys)).rejects.toThrow(
      /litemaas.keyDelivery.secret/,
    );
    await expect(setup({ secret: 'short' })).rejects.toThrow(/32 characters/);
  });
});
