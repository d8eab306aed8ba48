import { LoggerService } from '@backstage/backend-plugin-api';
import {
  LiteMaasLiveKey,
  LiteMaasPortalKeys,
  LiteMaasReconcileResult,
} from '@litemaas/backstage-plugin-litemaas-node';
import {
  KuadrantObjects,
  LIMIT_UNIT,
  LimitPolicyKind,
} from './KuadrantObjects';
import { modelLimits } from './keySecrets';
import { ANNOTATIONS, LABELS, labelValue } from './naming';
import { Policy, PolicyKind } from './policies';

const LIMIT_KINDS: LimitPolicyKind[] = [
  'TokenRateLimitPolicy',
  'RateLimitPolicy',
];
const POLICY_KINDS: PolicyKind[] = ['AuthPolicy', ...LIMIT_KINDS];

function sameJson(a: unknown, b: unknown) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether a key's values may be used now. */
function usable(key: LiteMaasLiveKey, now: Date) {
  return (
    key.status === 'active' &&
    !key.busy &&
    (!key.expiresAt || key.expiresAt.getTime() > now.getTime())
  );
}

function holds(key: LiteMaasLiveKey | undefined, tokenHash: string) {
  return (
    !!key &&
    (key.tokenHash === tokenHash || key.retiringTokenHash === tokenHash)
  );
}

/**
 * One reconciliation of this install's Kuadrant objects with the portal's
 * keys, as safe as LiteLLM's:
 * - Secrets whose labels or annotations drifted are put back, from the key
 *   as the portal holds it at that moment (a key changed meanwhile is left
 *   to its own saga);
 * - a Secret of this install that no live key holds, or of an expired key,
 *   is removed, and a value of a usable key whose Secret is gone is
 *   reported (its value is unknown: the owner must rotate), each only when
 *   two runs in a row saw it;
 * - published models' AuthPolicies are put back as written; limit classes
 *   no key has are dropped after two runs; policies of models no longer
 *   published are removed after two runs;
 * - a run that would remove more than the portal's limits allow removes
 *   nothing and says so.
 */
export class KuadrantReconciler {
  constructor(
    private readonly objects: KuadrantObjects,
    private readonly logger: LoggerService,
  ) {}

  async run(portal: LiteMaasPortalKeys): Promise<LiteMaasReconcileResult> {
    const result: LiteMaasReconcileResult = {
      repaired: 0,
      removed: 0,
      waiting: 0,
      lostValues: [],
      problems: [],
    };
    const now = portal.now;
    const byHash = new Map<string, LiteMaasLiveKey>();
    const inFlight = new Set<string>();
    for (const key of portal.keys) {
      if (key.busy || key.status !== 'active')
        inFlight.add(labelValue(key.keyId));
      for (const hash of [key.tokenHash, key.retiringTokenHash]) {
        if (hash) byHash.set(hash, key);
      }
    }

    // 1. Secrets: a failed listing fails the run; nothing is concluded
    //    from part of it.
    const secrets = await this.objects.ownSecrets();
    const withSecret = new Set<string>();
    const strays: Array<{ subject: string; name: string }> = [];
    const expired: Array<{ name: string; keyId: string }> = [];
    for (const secret of secrets) {
      const name = secret.metadata!.name!;
      const keyLabel = secret.metadata?.labels?.[LABELS.keyId];
      const hash = secret.metadata?.annotations?.[ANNOTATIONS.tokenHash];
      if (hash) withSecret.add(hash);
      // A saga in flight on the key repairs its own objects.
      if (keyLabel && inFlight.has(keyLabel)) continue;
      const key = hash ? byHash.get(hash) : undefined;
      if (!key || labelValue(key.keyId) !== keyLabel) {
        strays.push({ subject: `secret:${name}`, name });
        continue;
      }
      if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) {
        expired.push({ name, keyId: key.keyId });
        continue;
      }
      const wanted = this.objects.secretMetadata(
        { ...key, tokenHash: hash! },
        hash!,
      );
      if (
        sameJson(secret.metadata?.labels, wanted.labels) &&
        sameJson(secret.metadata?.annotations, wanted.annotations)
      ) {
        continue;
      }
      await this.attempt(result, `Relabelling Secret ${name}`, async () => {
        const current = await portal.current(key.keyId);
        if (!current || current.busy || !holds(current, hash!)) return;
        const state = { ...current, tokenHash: current.tokenHash! };
        if (await this.objects.relabel(secret, state)) result.repaired++;
      });
    }

    // 2. Values of usable keys without a Secret.
    const lost: Array<{ subject: string; keyId: string; tokenHash: string }> =
      [];
    for (const key of portal.keys) {
      if (!usable(key, now)) continue;
      // A value in its grace period is on its way out: only the current
      // one is worth a rotation.
      for (const hash of [key.tokenHash]) {
        if (hash && !withSecret.has(hash)) {
          lost.push({
            subject: `lost:${key.keyId}:${hash}`,
            keyId: key.keyId,
            tokenHash: hash,
          });
        }
      }
    }

    // 3. Policies: published models' AuthPolicies as written; limit
    //    classes the keys have; nothing for models no longer published.
    for (const model of this.objects.models.keys()) {
      await this.attempt(result, `Publishing ${model}`, async () => {
        if (
          await this.objects.ensurePolicy(this.objects.wantedAuthPolicy(model))
        ) {
          result.repaired++;
        }
      });
    }
    const unusedClasses: Array<{
      subject: string;
      kind: LimitPolicyKind;
      model: string;
      value: number;
    }> = [];
    const wantedClasses = new Map<string, Set<number>>();
    for (const kind of LIMIT_KINDS) {
      for (const model of this.objects.models.keys()) {
        const wanted = new Set<number>();
        for (const key of portal.keys) {
          if (!key.models.includes(model)) continue;
          const value = modelLimits(key, model)[LIMIT_UNIT[kind]];
          if (value !== undefined) wanted.add(value);
        }
        wantedClasses.set(`${kind}/${model}`, wanted);
      }
    }
    const unpublished: Array<{ subject: string; policy: Policy }> = [];
    let ownPolicies = 0;
    for (const kind of POLICY_KINDS) {
      let policies: Policy[];
      try {
        policies = await this.objects.ownPolicies(kind);
      } catch (error) {
        result.problems.push(`Listing ${kind}: ${error}`);
        continue;
      }
      ownPolicies += policies.length;
      for (const policy of policies) {
        const model = policy.metadata.annotations?.[ANNOTATIONS.model];
        const { namespace, name } = policy.metadata;
        if (!model || !this.objects.models.has(model)) {
          unpublished.push({
            subject: `policy:${kind}:${namespace}/${name}`,
            policy: { ...policy, kind },
          });
          continue;
        }
        if (kind === 'AuthPolicy') continue;
        const wanted = wantedClasses.get(`${kind}/${model}`)!;
        const limits = Object.keys(policy.spec?.limits ?? {});
        for (const limit of limits) {
          const value = Number(limit.split('-')[1]);
          if (!wanted.has(value)) {
            unusedClasses.push({
              subject: `class:${kind}:${model}:${value}`,
              kind: kind as LimitPolicyKind,
              model,
              value,
            });
          }
        }
      }
    }

    // 4. Two sightings before anything is removed or reported.
    const subjects = [
      ...strays.map(s => s.subject),
      ...lost.map(l => l.subject),
      ...unusedClasses.map(c => c.subject),
      ...unpublished.map(p => p.subject),
    ];
    const confirmed = await portal.confirmed(subjects);
    result.waiting = subjects.filter(s => !confirmed.has(s)).length;

    // 5. The circuit breaker, over what would stop something working.
    const removals = [
      ...strays.filter(s => confirmed.has(s.subject)),
      ...unpublished.filter(p => confirmed.has(p.subject)),
    ];
    const total = Math.max(secrets.length + ownPolicies, 1);
    if (
      removals.length > portal.limits.maxCount ||
      removals.length / total > portal.limits.maxShare
    ) {
      result.heldBack = {
        count: removals.length,
        description: `The Kuadrant reconciliation would have removed ${removals.length} of this portal's ${total} objects (key Secrets and policies) that no key of the portal holds or no published model needs.`,
      };
      this.logger.error(result.heldBack.description);
    } else {
      for (const stray of strays.filter(s => confirmed.has(s.subject))) {
        await this.attempt(
          result,
          `Removing Secret ${stray.name}`,
          async () => {
            if (await this.objects.deleteOwnSecret(stray.name))
              result.removed++;
          },
        );
      }
      for (const { policy } of unpublished.filter(p =>
        confirmed.has(p.subject),
      )) {
        await this.attempt(
          result,
          `Removing ${policy.kind} ${policy.metadata.name}`,
          async () => {
            if (await this.objects.deleteOwnPolicy(policy)) result.removed++;
          },
        );
      }
    }

    // Expired keys' Secrets go at once (the gateway refuses them already),
    // unless the key was extended meanwhile.
    for (const { name, keyId } of expired) {
      await this.attempt(
        result,
        `Removing expired Secret ${name}`,
        async () => {
          const current = await portal.current(keyId);
          if (
            current?.expiresAt &&
            current.expiresAt.getTime() > now.getTime()
          ) {
            return;
          }
          if (await this.objects.deleteOwnSecret(name, keyId)) result.removed++;
        },
      );
    }

    // Lost values: still usable, still this key's, still without a Secret.
    for (const item of lost.filter(l => confirmed.has(l.subject))) {
      const current = await portal.current(item.keyId);
      if (
        !current ||
        !usable(current, now) ||
        !holds(current, item.tokenHash)
      ) {
        continue;
      }
      result.lostValues.push({ keyId: item.keyId, tokenHash: item.tokenHash });
    }

    // Classes: the keys' classes, plus those in the policy not confirmed
    // unused (a key made during this run keeps its class).
    for (const kind of LIMIT_KINDS) {
      for (const model of this.objects.models.keys()) {
        const wanted = wantedClasses.get(`${kind}/${model}`)!;
        const drop = new Set(
          unusedClasses
            .filter(
              c =>
                c.kind === kind &&
                c.model === model &&
                confirmed.has(c.subject),
            )
            .map(c => c.value),
        );
        await this.attempt(result, `Limits of ${model}`, async () => {
          const wrote = await this.objects.setClasses(
            kind,
            model,
            have => new Set([...have, ...wanted].filter(v => !drop.has(v))),
          );
          if (wrote) result.repaired++;
        });
      }
    }
    return result;
  }

  private async attempt(
    result: LiteMaasReconcileResult,
    what: string,
    action: () => Promise<void>,
  ) {
    try {
      await action();
    } catch (error) {
      result.problems.push(`${what}: ${error}`);
      this.logger.warn(`Kuadrant reconciliation: ${what} failed: ${error}`);
    }
  }
}
