/**
 * Runs `task` when the page is next idle (requestIdleCallback, within `timeoutMs`), or after
 * `fallbackMs` where the browser has no requestIdleCallback (Safari, jsdom). Returns a function
 * that cancels it if it has not run.
 */
export function whenIdle(task: () => void, timeoutMs = 2000, fallbackMs = 0): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, fallbackMs);
  return () => clearTimeout(id);
}
