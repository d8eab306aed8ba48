import { readFileSync } from 'node:fs';
import { MASTER_USER_ID } from './auth';
import { createKey } from './keys';
import { addModel } from './models';
import { EmulatorState } from './state';
import { insertTeam } from './teams';
import { EmulatorSeed } from './types';
import { insertUser, joinTeam } from './users';

function fail(message: string): never {
  throw new Error(`Invalid emulator seed: ${message}`);
}

/** Loads models, teams, users and keys into a fresh state (in that order). */
export function applySeed(
  state: EmulatorState,
  seed: EmulatorSeed | undefined,
): void {
  if (!seed) return;
  for (const [i, m] of (seed.models ?? []).entries()) {
    if (!m || typeof m.model_name !== 'string')
      fail(`models[${i}].model_name is required`);
    if (!m.litellm_params || typeof m.litellm_params.model !== 'string') {
      fail(`models[${i}].litellm_params.model is required`);
    }
    const info = { ...(m.model_info ?? {}) };
    if (
      info.id !== undefined &&
      state.models.some(x => x.model_id === info.id)
    ) {
      fail(`models[${i}].model_info.id ${String(info.id)} is duplicated`);
    }
    addModel(
      state,
      {
        model_name: m.model_name,
        litellm_params: m.litellm_params,
        model_info: info,
      },
      MASTER_USER_ID,
      info.db_model !== false,
    );
  }
  for (const [i, t] of (seed.teams ?? []).entries()) {
    if (!t || typeof t.team_id !== 'string')
      fail(`teams[${i}].team_id is required`);
    if (state.teams.has(t.team_id))
      fail(`teams[${i}].team_id ${t.team_id} is duplicated`);
    insertTeam(state, { ...t }, null);
  }
  for (const [i, u] of (seed.users ?? []).entries()) {
    if (!u || typeof u.user_id !== 'string')
      fail(`users[${i}].user_id is required`);
    // A team's member list may already have created a bare row; keep its teams.
    const previousTeams = state.users.get(u.user_id)?.teams ?? [];
    const row = insertUser(state, { ...u, teams: undefined });
    row.teams = [...previousTeams];
    for (const teamId of u.teams ?? []) {
      if (!state.teams.has(teamId))
        fail(`users[${i}].teams references unknown team ${teamId}`);
      joinTeam(state, row, teamId, 'user', null);
    }
  }
  for (const [i, k] of (seed.keys ?? []).entries()) {
    if (!k || typeof k.key !== 'string' || !k.key.startsWith('sk-')) {
      fail(`keys[${i}].key must be a raw key starting with "sk-"`);
    }
    const { record } = createKey(
      state,
      null,
      { ...k },
      { createdBy: MASTER_USER_ID },
    );
    if (typeof k.spend === 'number') record.spend = k.spend;
  }
}

export function loadSeedFile(path: string): EmulatorSeed {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as EmulatorSeed;
  } catch (e) {
    throw new Error(
      `Seed file ${path} is not valid JSON: ${(e as Error).message}`,
    );
  }
}
