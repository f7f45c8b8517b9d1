/**
 * An error boundary per panel: one failing chart does not take the app down. Shows a Chinese
 * message and a 重试 button; it also resets by itself when `resetKey` changes (new query or data).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

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
    return (
      <div className="panel-error" role="alert">
        <p><strong>{this.props.label}出错了，暂时无法显示。</strong></p>
        <p>可以点“重试”，或换一个指标、期间后再看。如果一直出错，请到“数据”页检查导入的文件。</p>
        <p className="panel-error-detail">错误信息：{error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>重试</button>
      </div>
    );
  }
}
