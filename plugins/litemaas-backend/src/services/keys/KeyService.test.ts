import { TestDatabases } from '@backstage/backend-test-utils';
import {
  alice,
  keyServices,
  startKeyFixture,
} from '../../__testUtils__/keyFixture';

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

describe.each(databases.eachSupportedId())('KeyService on %p', databaseId => {
  it('rotates through /key/regenerate with LiteLLM Enterprise, keeping the key and its alias', async () => {
    const { emulator, knex } = await startKeyFixture(databases, {
      enterprise: true,
      databaseId,
    });
    const { keys } = keyServices({ knex, emulatorUrl: emulator.url });
    const chat = (key: string) =>
      fetch(`${emulator.url}/v1/chat/completions`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${key}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          model: 'gpt-4o-mini',
          messages: [{ role: 'user', content: 'hi' }],
        }),
      }).then(r => r.status);

    const created = await keys.create(alice, {
      name: 'ci',
      models: ['gpt-4o-mini'],
    });
    const before = emulator.state.getKey(created.value);
    expect(before).toBeDefined();
    const rotated = await keys.rotate(alice, created.key.id);
    // The same LiteLLM key got a new value (regenerate), rather than a new
    // key replacing it (the fallback without Enterprise).
    expect(emulator.state.getKey(rotated.value)).toBe(before);
    expect(rotated.key.id).toBe(created.key.id);
    expect(rotated.key.alias).toBe(created.key.alias);
    expect(rotated.value).not.toBe(created.value);
    expect(await chat(created.value)).toBe(401);
    expect(await chat(rotated.value)).toBe(200);
    // Exactly one key in LiteLLM, under the portal's alias.
    expect([...emulator.state.keys.values()].map(k => k.key_alias)).toEqual([
      created.key.alias,
    ]);
    await emulator.close();
  });
});
