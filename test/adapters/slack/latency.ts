/** Event → chat.postMessage times, summarised once per suite (the closing note quotes them). */
export function latencySummary(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `[slack ${label}] event → chat.postMessage over ${sorted.length} events: median ${at(0.5).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`;
}
