// Why the grid has no object to show, in the words that fit what happened: Gong answering every
// id with null is one reason among several, and saying it when calls failed misled people.
import type { Tally } from '../../model/run';

export interface EmptyResult {
  readonly title: string;
  readonly hint: string;
}

export function emptyResultOf(tally: Tally, busy: boolean, onlyChanges: boolean): EmptyResult {
  if (onlyChanges && tally.found > 0) {
    return {
      title: 'Nothing changed since the baseline',
      hint: 'Untick Only changes to see every object.',
    };
  }
  if (busy) {
    return {
      title: 'No objects yet',
      hint: 'Waiting for Gong’s answers; found objects show here.',
    };
  }
  const unanswered = tally.failed + tally.canceled + tally.unanswered + tally.missing;
  if (unanswered === 0) {
    return {
      title: 'No objects found for these ids',
      hint: "Gong answered every id with null. Check the object type and that the ids are the CRM's own ids, not Gong's.",
    };
  }
  const nulls = tally.notFound > 0 ? `Gong answered ${tally.notFound} with null; ` : '';
  return {
    title: 'No objects to show',
    hint: `${nulls}${unanswered} of the ${tally.requested} ids have no answer: the calls above say why.`,
  };
}
