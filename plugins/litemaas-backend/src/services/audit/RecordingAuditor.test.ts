import { mockServices } from '@backstage/backend-test-utils';
import { AuditStore } from '../../database/AuditStore';
import { Caller } from '../../permissions/Caller';
import { AuditService } from './AuditService';
import { audited } from './audited';
import { RecordingAuditor, auditEventOf } from './RecordingAuditor';
import { errorWithoutSecrets, withoutSecrets } from './secrets';

const AT = new Date('2026-12-07T10:00:00Z');

function recorder(append: jest.Mock = jest.fn()) {
  const logger = mockServices.logger.mock();
  const auditor = new RecordingAuditor({
    auditor: mockServices.auditor.mock(),
    store: { append } as unknown as AuditStore,
    logger,
    now: () => AT,
  });
  return { auditor, append, logger };
}

describe('withoutSecrets', () => {
  it('drops fields that hold secrets and masks key values in any text', () => {
    expect(
      withoutSecrets({
        value: 'sk-abcdefghijkl',
        nested: [{ token: 'x', apiKey: 'y', name: 'ci' }],
        note: 'was sk-abcdefghijkl before',
        tokenHash: 'f00d',
      }),
    ).toEqual({
      nested: [{ name: 'ci' }],
      note: 'was sk-… before',
      tokenHash: 'f00d',
    });
  });
});

describe('errorWithoutSecrets', () => {
  it('masks what an upstream error may echo', () => {
    expect(
      errorWithoutSecrets(
        'Azure said 401 for key 0123456789abcdef0123456789abcdef with Bearer eyJhbGciOi.x.y and sk-abcdefghij (hf_abcdefghijklmnop)',
      ),
    ).toBe('Azure said 401 for key … with … and sk-… (…)');
  });

  it('drops fields named like secrets, whatever their case or prefix', () => {
    expect(
      withoutSecrets({
        masterKey: 'm',
        clientSecret: 's',
        accessToken: 't',
        credentials: 'c',
        keyId: 'k1',
        tokenHash: 'h',
      }),
    ).toEqual({ keyId: 'k1', tokenHash: 'h' });
  });
});

describe('auditEventOf', () => {
  it('reads whose, which model, what and why from the words each action uses', () => {
    expect(
      auditEventOf(
        'access-request',
        {
          actor: 'user:default/alice',
          body: {
            modelName: 'granite-8b',
            subjectRef: 'group:default/payments',
            justification: 'CI',
          },
        },
        { result: { id: 'r1', status: 'pending' } },
        'succeeded',
        AT,
      ),
    ).toEqual({
      at: AT,
      action: 'access-request',
      outcome: 'succeeded',
      actorRef: 'user:default/alice',
      subjectRef: 'group:default/payments',
      modelName: 'granite-8b',
      target: 'r1',
      reason: 'CI',
      after: { id: 'r1', status: 'pending' },
      details: {
        body: {
          modelName: 'granite-8b',
          subjectRef: 'group:default/payments',
          justification: 'CI',
        },
      },
      before: undefined,
      error: undefined,
    });
  });

  it("names the portal as the actor of its own tasks, and keeps a failure's message without secrets", () => {
    const event = auditEventOf(
      'reconcile-mark-revoked',
      { keyId: 'k1' },
      {},
      'failed',
      AT,
      new Error('LiteLLM refused sk-abcdefghijkl'),
    );
    expect(event).toMatchObject({
      actorRef: 'system:litemaas',
      target: 'k1',
      outcome: 'failed',
      error: 'LiteLLM refused sk-…',
    });
  });
});

describe('RecordingAuditor', () => {
  const caller = { userRef: 'user:default/dana' } as Caller;

  it('keeps each event with what the action noted and the non-secret fields of its result', async () => {
    const { auditor, append } = recorder();
    const issued = await audited(
      auditor,
      'key-create',
      caller,
      { name: 'ci' },
      async note => {
        note({ reason: 'for CI' });
        return {
          key: { id: 'k1', subjectRef: 'user:default/dana', models: ['m'] },
          value: 'sk-secretvalue123',
        };
      },
    );
    expect(issued.value).toBe('sk-secretvalue123');
    expect(append).toHaveBeenCalledTimes(1);
    const kept = append.mock.calls[0][0];
    expect(kept).toMatchObject({
      action: 'key-create',
      outcome: 'succeeded',
      actorRef: 'user:default/dana',
      subjectRef: 'user:default/dana',
      modelName: 'm',
      target: 'k1',
      reason: 'for CI',
    });
    expect(JSON.stringify(kept)).not.toContain('secretvalue');
  });

  it('keeps failures, and an action that happened stays done when the trail cannot be written', async () => {
    const { auditor, append, logger } = recorder(
      jest.fn().mockRejectedValue(new Error('database is read-only')),
    );
    await expect(
      audited(auditor, 'key-revoke', caller, { id: 'k1' }, async () => 'done'),
    ).resolves.toBe('done');
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(/key-revoke.*database is read-only/),
    );

    append.mockReset().mockResolvedValue(undefined);
    await expect(
      audited(auditor, 'key-revoke', caller, { id: 'k1' }, async () => {
        throw new Error('no such key');
      }),
    ).rejects.toThrow('no such key');
    expect(append.mock.calls[0][0]).toMatchObject({
      outcome: 'failed',
      error: 'no such key',
      target: 'k1',
    });
  });
});

describe('AuditService retention', () => {
  it('deletes what is older than the retention, and nothing with 0', async () => {
    const deleteBefore = jest.fn().mockResolvedValue(3);
    const service = (retentionDays: number) =>
      new AuditService({
        store: { deleteBefore } as unknown as AuditStore,
        reviewableModels: async () => [],
        retentionDays,
        now: () => AT,
      });
    expect(await service(30).prune()).toBe(3);
    expect(deleteBefore).toHaveBeenCalledWith(new Date('2026-11-07T10:00:00Z'));
    deleteBefore.mockClear();
    expect(await service(0).prune()).toBe(0);
    expect(deleteBefore).not.toHaveBeenCalled();
  });
});
