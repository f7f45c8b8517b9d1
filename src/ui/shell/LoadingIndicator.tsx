/**
 * A loading line with a spinner. It fades in only after 200 ms (CSS), so quick loads do not
 * flash, and anything slower says what is loading.
 */
export function LoadingIndicator({ text }: { text: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {text}
    </p>
  );
}
