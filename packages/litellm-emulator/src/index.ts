/**
 * A contract-faithful LiteLLM proxy emulator for local development and tests.
 *
 * @packageDocumentation
 */

export { startEmulator, createEmulatorHandler } from './server';
export type { RunningEmulator, EmulatorHandler } from './server';
export { FaultInjector } from './faults';
export type { FaultSpec, InjectedFault } from './faults';
export { EmulatorState, hashToken } from './state';
export type {
  KeyRecord,
  UserRecord,
  TeamRecord,
  TeamMember,
  MembershipRecord,
  ModelRecord,
  SpendLogRecord,
  DailyRecord,
  DailyMetrics,
} from './state';
export { countTextTokens, countPromptTokens } from './completions';
export { loadSeedFile } from './seed';
export { runCli, cliOptions } from './cli';
export type { CliIo } from './cli';
export type {
  EmulatorOptions,
  StartEmulatorOptions,
  EmulatorSeed,
  SeedModel,
  SeedUser,
  SeedTeam,
  SeedTeamMember,
  SeedKey,
  VersionBehaviour,
  UserRole,
} from './types';
