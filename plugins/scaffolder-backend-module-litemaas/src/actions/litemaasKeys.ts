import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { LiteMaasClient } from '@litemaas/backstage-plugin-litemaas-common';

export interface LiteMaasActionOptions {
  discovery: DiscoveryService;
  auth: AuthService;
}

/**
 * A LiteMaaS client that calls the backend on behalf of whoever started the
 * task, so the portal's permissions apply to them, not to the scaffolder.
 */
async function clientFor(
  options: LiteMaasActionOptions,
  credentials: BackstageCredentials,
) {
  const { token } = await options.auth.getPluginRequestToken({
    onBehalfOf: credentials,
    targetPluginId: 'litemaas',
  });
  return new LiteMaasClient({
    discoveryApi: options.discovery,
    fetchApi: {
      fetch: (input, init) =>
        fetch(input, {
          ...init,
          headers: {
            ...(init?.headers ?? {}),
            Authorization: `Bearer ${token}`,
          },
        }),
    },
  });
}

/**
 * `litemaas:keys:provision`: keys for a list of participants (a workshop),
 * idempotent by alias. The values never enter the task (its output and log
 * are stored): they wait in a single-use download for whoever ran the
 * task, linked from the output.
 *
 * @public
 */
export function createProvisionKeysAction(options: LiteMaasActionOptions) {
  return createTemplateAction({
    id: 'litemaas:keys:provision',
    description:
      'Provisions LiteMaaS API keys for a list of participants. Re-running it creates no duplicates: participants that already hold a key with the alias are skipped.',
    schema: {
      input: {
        aliasPrefix: z =>
          z
            .string()
            .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/)
            .describe('Common alias prefix, e.g. workshop-2026-11-'),
        participants: z =>
          z
            .array(z.string().min(1))
            .min(1)
            .describe('Participant ids or emails'),
        models: z => z.array(z.string().min(1)).min(1).describe('Model names'),
        expiresInDays: z =>
          z.number().int().min(1).describe('Days until the keys expire'),
        maxBudget: z =>
          z.number().min(0).optional().describe('USD budget per key'),
        budgetDuration: z =>
          z.string().optional().describe('Budget period, e.g. 1d or 30d'),
        owner: z =>
          z
            .string()
            .optional()
            .describe(
              'User or group that owns the keys; the initiator by default',
            ),
      },
      output: {
        download: z =>
          z
            .string()
            .optional()
            .describe(
              "The page that shows the new keys' values, once, to whoever ran the task",
            ),
        downloadExpiresAt: z =>
          z
            .string()
            .optional()
            .describe('When the download stops working (ISO 8601)'),
        created: z =>
          z
            .array(
              z.object({
                participant: z.string(),
                alias: z.string(),
                prefix: z.string().optional(),
              }),
            )
            .describe('Keys made now: aliases and sk-...abcd prefixes'),
        existing: z =>
          z
            .array(z.object({ participant: z.string(), alias: z.string() }))
            .describe('Participants that already had a key'),
        failed: z =>
          z
            .array(z.object({ participant: z.string(), error: z.string() }))
            .describe(
              'Participants whose key could not be made; re-run to retry',
            ),
      },
    },
    async handler(ctx) {
      const client = await clientFor(
        options,
        await ctx.getInitiatorCredentials(),
      );
      const result = await client.provisionKeys({
        aliasPrefix: ctx.input.aliasPrefix,
        participants: ctx.input.participants,
        models: ctx.input.models,
        expiresInDays: ctx.input.expiresInDays,
        subjectRef: ctx.input.owner,
        delivery: 'download',
        limits: {
          ...(ctx.input.maxBudget !== undefined && {
            maxBudget: ctx.input.maxBudget,
          }),
          ...(ctx.input.budgetDuration && {
            budgetDuration: ctx.input.budgetDuration,
          }),
        },
      });
      // Counts only: key values never go to the task log, nor the output.
      ctx.logger.info(
        `Provisioned ${result.created.length} keys; ${
          result.existing.length
        } participants already had one; ${result.failed.length} failed${
          result.download
            ? `. Their values wait in a single-use download until ${result.download.expiresAt} (see the output)`
            : ''
        }`,
      );
      if (result.download) {
        ctx.output('download', result.download.url);
        ctx.output('downloadExpiresAt', result.download.expiresAt);
      }
      // Outputs are plain arrays of this realm (Array.from, not map): the
      // template engine refuses arrays from another one, such as fetch's.
      ctx.output(
        'created',
        Array.from(result.created, c => ({
          participant: c.participant,
          alias: c.alias,
          prefix: c.prefix,
        })),
      );
      ctx.output(
        'existing',
        Array.from(result.existing, e => ({
          participant: e.participant,
          alias: e.alias,
        })),
      );
      ctx.output(
        'failed',
        Array.from(result.failed, f => ({
          participant: f.participant,
          error: f.error,
        })),
      );
      if (result.failed.length) {
        throw new Error(
          `${result.failed.length} participants got no key: ${result.failed
            .map(f => `${f.participant} (${f.error})`)
            .join('; ')}. Re-run the task to retry them.`,
        );
      }
    },
  });
}

/**
 * `litemaas:keys:revoke`: revokes every key whose alias starts with a prefix.
 *
 * @public
 */
export function createRevokeKeysAction(options: LiteMaasActionOptions) {
  return createTemplateAction({
    id: 'litemaas:keys:revoke',
    description:
      'Revokes every LiteMaaS key whose alias starts with the prefix',
    schema: {
      input: {
        aliasPrefix: z =>
          z.string().min(3).describe('Alias prefix used when provisioning'),
        expectedCount: z =>
          z
            .number()
            .int()
            .min(0)
            .optional()
            .describe(
              'How many keys should match; nothing is revoked when another number does',
            ),
      },
      output: {
        revoked: z => z.number().describe('How many keys were revoked'),
      },
    },
    async handler(ctx) {
      const client = await clientFor(
        options,
        await ctx.getInitiatorCredentials(),
      );
      // The count to confirm: the template's, when it names one (what the
      // person who ran it saw), else the dry run's.
      const confirmCount =
        ctx.input.expectedCount ??
        (await client.revokeKeysByPrefix(ctx.input.aliasPrefix)).matched;
      const { revoked } = await client.revokeKeysByPrefix(
        ctx.input.aliasPrefix,
        confirmCount,
      );
      ctx.logger.info(
        `Revoked ${revoked} keys with alias prefix ${ctx.input.aliasPrefix}`,
      );
      ctx.output('revoked', revoked);
    },
  });
}
