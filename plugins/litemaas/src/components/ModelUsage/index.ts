export { isNotAllowed, loadModelUsage, useModelUsage } from './modelUsage';
export type { ModelUsage } from './modelUsage';
export { ModelConsumersTable, ModelUsageSummary } from './ModelUsageSummary';
export { RECENT_DAYS, RecentModelUsageCard } from './RecentModelUsageCard';
