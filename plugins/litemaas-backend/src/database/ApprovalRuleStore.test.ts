import { TestDatabases } from '@backstage/backend-test-utils';
import { ApprovalRule } from '@litemaas/backstage-plugin-litemaas-common';
import { ApprovalRuleStore } from './ApprovalRuleStore';
import { KnexAccessStore } from './KnexAccessStore';
import {
  applyDatabaseMigrations,
  rollbackDatabaseMigrations,
} from './migrations';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

const ALICE = 'user:default/alice';
const CAROL = 'user:default/carol';
const DANA = 'user:default/dana';

const RULES: ApprovalRule[] = [
  { name: 'big budgets', kind: 'twoApprovals', aboveBudget: 50 },
  { name: 'slow owners', kind: 'escalate', afterDays: 3 },
];

describe.each(databases.eachSupportedId())(
  'approval rules in the database on %p',
  databaseId => {
    async function stores() {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      let clock = Date.parse('2026-12-01T09:00:00Z');
      const now = () => new Date((clock += 1000));
      return {
        knex,
        rules: new ApprovalRuleStore(knex, now),
        access: new KnexAccessStore(knex, now),
        advance: (ms: number) => {
          clock += ms;
        },
      };
    }

    const pending = {
      modelName: 'granite',
      subjectRef: ALICE,
      requestedBy: ALICE,
      status: 'pending' as const,
      limits: { maxBudget: 100 },
      approvalsRequired: 2,
      approvalRule: 'big budgets',
    };

    it('saves, replaces and removes a model’s rules, returning what they were', async () => {
      const { rules } = await stores();
      expect(await rules.get('granite')).toBeUndefined();
      expect(await rules.put('granite', RULES, CAROL)).toBeUndefined();
      expect(await rules.get('granite')).toMatchObject({
        modelName: 'granite',
        rules: RULES,
        updatedBy: CAROL,
      });
      const before = await rules.put('granite', [RULES[1]], DANA);
      expect(before?.rules).toEqual(RULES);
      expect((await rules.get('granite'))?.rules).toEqual([RULES[1]]);
      await rules.put('mistral', RULES, DANA);
      expect((await rules.list()).map(r => r.modelName)).toEqual([
        'granite',
        'mistral',
      ]);
      expect((await rules.put('granite', [], DANA))?.rules).toEqual([RULES[1]]);
      expect(await rules.get('granite')).toBeUndefined();
    });

    it('records one first approval of two concurrent ones, and the second must be another reviewer', async () => {
      const { access } = await stores();
      const request = await access.create(pending);
      expect(request.approvals).toEqual({
        required: 2,
        approvedBy: [],
        rule: 'big budgets',
      });
      // Two replicas record a first approval at once: one wins.
      const [a, b] = await Promise.all([
        access.recordFirstApproval(request.id, { actorRef: CAROL }),
        access.recordFirstApproval(request.id, { actorRef: DANA }),
      ]);
      expect([a, b].filter(Boolean)).toHaveLength(1);
      const first = (a ?? b)!;
      expect(first.status).toBe('pending');
      const firstBy = first.approvals!.approvedBy[0];
      expect([CAROL, DANA]).toContain(firstBy);
      // Nobody records a first approval twice.
      expect(
        await access.recordFirstApproval(request.id, { actorRef: ALICE }),
      ).toBeUndefined();
      // A second approval read against another first approval does not move.
      const grant = {
        from: ['pending'] as const,
        to: 'granted' as const,
        action: 'granted' as const,
        decision: true,
      };
      expect(
        await access.transition(request.id, {
          ...grant,
          actorRef: firstBy,
          firstApprovalBy: firstBy === CAROL ? DANA : CAROL,
        }),
      ).toBeUndefined();
      // Nor does one by the first approver again.
      expect(
        await access.transition(request.id, {
          ...grant,
          actorRef: firstBy,
          firstApprovalBy: firstBy,
        }),
      ).toBeUndefined();
      const other = firstBy === CAROL ? DANA : CAROL;
      const granted = await access.transition(request.id, {
        ...grant,
        actorRef: other,
        firstApprovalBy: firstBy,
      });
      expect(granted).toMatchObject({
        status: 'granted',
        decidedBy: other,
        approvals: { required: 2, approvedBy: [firstBy, other] },
      });
      expect((await access.history(request.id)).map(e => e.action)).toEqual([
        'requested',
        'approval-recorded',
        'granted',
      ]);
    });

    it('finds requests waiting too long and escalates each once, again after it waits anew', async () => {
      const { access, advance } = await stores();
      const old = await access.create(pending);
      advance(3 * 24 * 3600 * 1000);
      const fresh = await access.create({ ...pending, subjectRef: CAROL });
      const since = new Date(Date.parse(fresh.createdAt) - 3600 * 1000);
      expect(
        (await access.waitingSince('granite', since)).map(r => r.id),
      ).toEqual([old.id]);
      const escalation = { actorRef: 'system:litemaas', reason: 'Waited' };
      const claims = await Promise.all([
        access.claimEscalation(old.id, escalation),
        access.claimEscalation(old.id, escalation),
        access.claimEscalation(old.id, escalation),
      ]);
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect((await access.get(old.id))?.escalatedAt).toBeDefined();
      expect(await access.waitingSince('granite', since)).toEqual([]);

      // Denied, then asked again: it waits anew, so it may escalate again.
      await access.recordFirstApproval(old.id, { actorRef: CAROL });
      await access.transition(old.id, {
        from: ['pending'],
        to: 'denied',
        action: 'denied',
        actorRef: DANA,
        decision: true,
        reason: 'no',
      });
      const reopened = await access.transition(old.id, {
        from: ['denied'],
        to: 'pending',
        action: 'review-requested',
        actorRef: ALICE,
      });
      expect(reopened?.escalatedAt).toBeUndefined();
      expect(reopened?.approvals?.approvedBy).toEqual([]);
      expect(await access.waitingSince('granite', since)).toEqual([]);
      advance(4 * 24 * 3600 * 1000);
      expect(
        (
          await access.waitingSince(
            'granite',
            new Date(Date.parse(reopened!.updatedAt) + 3600 * 1000),
          )
        ).map(r => r.id),
      ).toContain(old.id);
      await access.addNote(old.id, {
        actorRef: 'system:litemaas',
        action: 'rule-skipped',
        reason: 'catalog down',
      });
      expect((await access.history(old.id)).at(-1)).toMatchObject({
        action: 'rule-skipped',
        fromStatus: 'pending',
        toStatus: 'pending',
        reason: 'catalog down',
      });
    });

    it('migrates down and up again', async () => {
      const { knex, rules } = await stores();
      await rules.put('granite', RULES, CAROL);
      await rollbackDatabaseMigrations(knex);
      await applyDatabaseMigrations(knex);
      expect(await new ApprovalRuleStore(knex).get('granite')).toBeUndefined();
    });
  },
);
