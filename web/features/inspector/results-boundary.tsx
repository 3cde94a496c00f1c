import { Component, type ReactNode } from 'react';
import { chunkFailure } from '../../lib/chunk-failure';

interface State {
  error?: unknown;
}

/**
 * Around the lazily loaded result panels: a chunk that fails to load (the server was rebuilt
 * since the page was opened) left the whole page blank. The tally above stays.
 */
export class ResultsBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        <p>{chunkFailure('shows the results', this.state.error)}</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}
