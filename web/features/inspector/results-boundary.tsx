import { Component, type ReactNode } from 'react';
import { chunkFailure, isChunkLoadFailure } from '../../lib/browser/chunk-failure';

interface Props {
  /** A new value (a new result) clears a caught error, without remounting what worked. */
  resetKey: unknown;
  /** Shows nothing on failure: another boundary on the page already says it. */
  quiet?: boolean;
  children: ReactNode;
}

interface State {
  error?: unknown;
  resetKey?: unknown;
}

/**
 * Around the lazily loaded result panels: a chunk that fails to load (the server was rebuilt
 * since the page was opened) left the whole page blank. The tally above stays, and a new result
 * gets a fresh try.
 */
export class ResultsBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromProps(props: Props, state: State): State | null {
    return props.resetKey === state.resetKey
      ? null
      : { error: undefined, resetKey: props.resetKey };
  }

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    if (this.props.quiet) return null;
    return (
      <div className="notice notice-error" role="alert">
        <p>
          {isChunkLoadFailure(this.state.error)
            ? chunkFailure('shows the results', this.state.error)
            : `The results could not be shown (${String(this.state.error)}). Reloading the page may help.`}
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}
