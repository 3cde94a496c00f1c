// Feature share: result file, link, curl command, exports, opening a shared result; imports
// web/model, web/diff, web/lib and proxy/contract.ts, never another feature.
import type { ConfigResponse } from '../../../proxy/contract';
import { InOutlet, OutletStatus } from '../../lib/browser/status-outlet';
import type { Run } from '../../model/run';
import { useShareActions } from './use-share-actions';
import './share.css';

/** Keep or pass on what is on screen: the result as a file, the query as a link or as curl. */
export function ShareBar({ run, config }: { run: Run; config: ConfigResponse | undefined }) {
  const actions = useShareActions(run, config);
  const running = run.finishedAt === undefined;
  const noIntegration = run.integrationId === '';
  const longLink =
    actions.longLink !== undefined &&
    `This link is ${actions.longLink.toLocaleString('en-US')} characters long: chat tools and some browsers cut links past about 2,000. Download JSON and share the file instead.`;
  return (
    <section
      className="share-bar"
      aria-label="Share"
      title="Results stay in this tab's memory only, unless you Download JSON. Links and curl carry the query, never results or credentials."
    >
      <div className="share-buttons">
        <button type="button" onClick={actions.downloadJson} disabled={running}>
          Download JSON
        </button>
        <button type="button" onClick={actions.copyJson} disabled={running}>
          Copy JSON
        </button>
        <button type="button" onClick={actions.copyLink}>
          Copy link
        </button>
        <button
          type="button"
          onClick={actions.copyCurl}
          disabled={noIntegration}
          title={noIntegration ? 'The result names no integration id' : undefined}
        >
          Copy as curl
        </button>
        <button
          type="button"
          onClick={actions.copyProxyCurl}
          disabled={noIntegration}
          title="The same query as calls to this proxy: works in the sandbox, needs no Gong credential"
        >
          Copy proxy curl
        </button>
        {/* The hint is the section's tooltip: a message taking its place made the row jump. */}
        <OutletStatus className="share-status">{actions.status}</OutletStatus>
      </div>
      {longLink && (
        // Under the Actions menu it sits on one line beside the button, cut: whole on hover.
        <InOutlet>
          <p className="share-warning" role="note" aria-label="Long link" title={longLink}>
            {longLink}
          </p>
        </InOutlet>
      )}
    </section>
  );
}
