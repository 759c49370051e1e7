import { Component, type ErrorInfo, type ReactNode } from 'react';
import { reportProblem, type StoreWithNotices, type UiProblemCode } from '../problems';

interface Props {
  /** Where the failure is reported (the app's store) and as what. */
  readonly store: StoreWithNotices;
  readonly code: UiProblemCode;
  /** The notice's parameters (e.g. `{ panel: 'Planner' }` for `panel-failed`). */
  readonly params?: Readonly<Record<string, string | number>>;
  /** What is shown in place of the failed part (already translated; never the error's text). */
  readonly message: string;
  readonly retryLabel: string;
  /** When this changes (another package, another tab), a failed part is drawn afresh. */
  readonly resetKey?: string | number | null;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
  readonly resetKey: Props['resetKey'];
}

/**
 * The error boundary around each panel, chart and the detail panel: a part that fails to draw is reported
 * once (a coded notice; the error itself goes to the console) and says so in its place with a retry, while
 * the map, the other panels and the unsaved work (state lives in the store, not in the part) stay.
 *
 * @example
 * <ProblemBoundary store={store} code="chart-failed" message={t('chartFailed')} retryLabel={t('chartRetry')}>
 *   <NeedChart />
 * </ProblemBoundary>
 */
export class ProblemBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  /** A new package or tab: try the part again (its failure may have been the old data's). */
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[wijkzicht] component stack:', info.componentStack);
    reportProblem(this.props.store, this.props.code, error, this.props.params ? { params: this.props.params } : {});
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="chart-error part-failed" role="alert" data-testid="part-failed">
        <p>{this.props.message}</p>
        <button type="button" onClick={() => this.setState({ failed: false })}>
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}
