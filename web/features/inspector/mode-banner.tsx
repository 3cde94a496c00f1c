import type { ConfigResponse } from '../../../proxy/contract';
import { ApiError } from '../../lib/api/api-client';

/** Says where the data comes from: sample data in the sandbox, or which Gong host. */
export function ModeBanner(props: {
  config: ConfigResponse | undefined;
  error: Error | null;
  onUseSamples: () => void;
}) {
  const { config, error } = props;
  if (error) {
    return (
      <p className="banner banner-error" role="alert">
        {error instanceof ApiError ? error.message : 'The proxy configuration could not be read.'}
      </p>
    );
  }
  if (!config) return null;
  if (config.mode === 'gong') {
    return (
      <p className="banner banner-gong">
        Reading Gong at <strong>{config.upstreamHost}</strong> · {config.rateLimitPerSecond} calls/s
      </p>
    );
  }
  return (
    <div className="banner banner-sandbox" role="note" aria-label="Sandbox mode">
      {/* The title: with a result on screen the sentence is cut to one line. */}
      <p title="Sandbox: this is built-in sample data, not your Gong. Start the server with Gong credentials to read real objects.">
        <strong>Sandbox:</strong> this is built-in sample data, not your Gong. Start the server with
        Gong credentials to read real objects.
      </p>
      <button type="button" onClick={props.onUseSamples}>
        Use sample ids
      </button>
    </div>
  );
}
