import type { UsageResponse } from '../../../proxy/contract';
import { usageLine } from '../../lib/api/quota';

/** Today's calls to Gong as this tool counted them; Gong itself says nothing of what is left. */
export function UsageLine(props: { usage: UsageResponse | undefined; mode: 'gong' | 'sandbox' }) {
  if (!props.usage) return null;
  return <p className="usage-line">{usageLine(props.usage, props.mode)}</p>;
}
