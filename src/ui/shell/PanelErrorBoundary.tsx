/**
 * An error boundary per panel: one failing chart does not take the app down. Shows a Chinese
 * message and a 重试 button; it also resets by itself when `resetKey` changes (new query or data).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { currentMessages } from '../i18n/use-t';

interface Props {
  /** Panel name in the message, e.g. `对比图`. */
  readonly label: string;
  readonly resetKey?: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  readonly key: string | undefined;
}

export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { key: props.resetKey, error: null } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[${this.props.label}]`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    // A class cannot use hooks: the parent re-renders on a language change, so reading now is current.
    const t = currentMessages().boundary;
    return (
      <div className="panel-error" role="alert">
        <p><strong>{t.failed(this.props.label)}</strong></p>
        <p>{t.hint}</p>
        <p className="panel-error-detail">{t.detail}{error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>{t.retry}</button>
      </div>
    );
  }
}
