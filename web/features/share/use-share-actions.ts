// The share actions on a shown result: the file, the link, the curl command. Each says what it
// did, or why it could not, in one status line.
import { useState } from 'react';
import { type ConfigResponse, MAX_IDS_PER_CALL } from '../../../proxy/contract';
import { copyMessage, copyToClipboard } from '../../lib/browser/clipboard';
import { downloadText } from '../../lib/browser/download';
import { resultFileName, writeResult } from '../../lib/result-files/write-result';
import type { Run } from '../../model/run';
import { curlCommands, gongBaseUrl, proxyCurlCommands } from './curl-command';
import { encodeQueryFragment, LONG_LINK, linkProblem } from './query-link';
import { savedResultOf } from './result-run';

const size = (text: string) => {
  const bytes = new Blob([text]).size;
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
};

export function linkToPage(fragment: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${fragment}`;
}

export function useShareActions(run: Run, config: ConfigResponse | undefined) {
  const [status, setStatus] = useState('');
  const [longLink, setLongLink] = useState<number | undefined>(undefined);
  const say = (text: string) => {
    setLongLink(undefined);
    setStatus(text);
  };

  const downloadJson = () => {
    const saved = savedResultOf(run);
    const name = resultFileName(saved);
    const text = writeResult(saved);
    downloadText(name, text, 'application/json');
    say(`Downloaded ${name} (${size(text)})`);
  };

  const copyJson = async () => {
    const text = writeResult(savedResultOf(run));
    say(copyMessage(await copyToClipboard(text), `the result JSON (${size(text)})`));
  };

  const copyLink = async () => {
    const problem = linkProblem(run);
    if (problem) {
      say(`Could not copy a link to this query: ${problem}. Download the result JSON instead.`);
      return;
    }
    const link = linkToPage(await encodeQueryFragment(run));
    const result = await copyToClipboard(link);
    setStatus(copyMessage(result, `a link to this query (${link.length} characters)`));
    setLongLink(result.ok && link.length > LONG_LINK ? link.length : undefined);
  };

  const copyCurl = async () => {
    const sandbox = config?.mode !== 'gong';
    const baseUrl = gongBaseUrl(sandbox ? 'sandbox' : 'gong', config?.upstreamHost ?? '');
    const text = curlCommands(run, { baseUrl, sandbox });
    const calls = Math.ceil(run.ids.length / MAX_IDS_PER_CALL);
    const what =
      calls === 1 ? 'the curl command' : `${calls} curl commands (one per ${MAX_IDS_PER_CALL} ids)`;
    const said = copyMessage(await copyToClipboard(text), what);
    // The sandbox's data is not in Gong: its curl reads a real Gong, with a real credential.
    say(
      sandbox
        ? `${said}. It calls Gong and needs a real Gong credential; Copy proxy curl works in the sandbox.`
        : said,
    );
  };
  const copyProxyCurl = async () => {
    const port = window.location.port || (window.location.protocol === 'https:' ? '443' : '80');
    const text = proxyCurlCommands(run, window.location.origin, port, config?.apiTokenFile);
    say(copyMessage(await copyToClipboard(text), 'the curl command for this proxy'));
  };

  return { status, longLink, downloadJson, copyJson, copyLink, copyCurl, copyProxyCurl };
}
