export { createEmulator, type Emulator, type EmulatorOptions } from './emulator.ts';
export type { EmulatorControl } from './control/control.ts';
export type { CallSummary, FailureSpec } from './control/faults.ts';
export type { ConnectedApp, Org, OrgUser, RefreshTokenPolicy, SObjectRecord } from './org/types.ts';
export { DEMO_PASSWORD } from './org/seed-people.ts';
export { DEFAULT_COUNTS } from './org/seed.ts';
