import { Component, type ErrorInfo, type ReactNode } from 'react';
import { reportProblem, type StoreWithNotices, type UiProblemCode } from '../../../shared/problems';

interface Props {
  /** Where the failure is reported (the app's store) and as what. */
  readonly store: StoreWithNotices;
  readonly code: UiProblemCode;
  /** What is shown in place of the failed part (already translated; never the error's text). */
  readonly message: string;
  readonly retryLabel: string;
  readonly children: ReactNode;
}

/**
 * The error boundary around each chart and the detail panel: a part that fails to draw is reported once
 * (a coded notice; the error itself goes to the console) and says so in its place with a retry, instead of
 * blanking the whole side panel.
 */
export class ProblemBoundary extends Component<Props, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[wijkzicht] component stack:', info.componentStack);
    reportProblem(this.props.store, this.props.code, error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="chart-error" role="alert">
        <p>{this.props.message}</p>
        <button type="button" onClick={() => this.setState({ failed: false })}>
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}
