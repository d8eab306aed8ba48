/** 128000 -> "128K", 1048576 -> "1M", undefined -> "—". */
export function formatTokens(tokens?: number): string {
  if (tokens === undefined) return '—';
  if (tokens >= 1_000_000) return `${trim(tokens / 1_000_000)}M`;
  if (tokens >= 1_000) return `${trim(tokens / 1_000)}K`;
  return String(tokens);
}

/** USD per 1M tokens: 0.15 -> "$0.15", 0 -> "Free", undefined -> "—". */
export function formatPricePer1M(usd?: number): string {
  if (usd === undefined) return '—';
  if (usd === 0) return 'Free';
  const digits = usd < 0.01 ? 4 : 2;
  return `$${usd.toFixed(digits)}`;
}

function trim(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
