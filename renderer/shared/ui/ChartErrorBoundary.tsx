import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** The message shown when a child throws (already translated). */
  readonly message: string;
  readonly retryLabel: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: string | null;
}

/**
 * The error boundary around each chart and the detail panel: a chart that fails to draw says so (with the
 * reason and a retry) instead of blanking the whole side panel.
 */
export class ChartErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Explorer panel failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="chart-error" role="alert">
        <p>
          {this.props.message} <span className="chart-error-detail">{this.state.error}</span>
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}
