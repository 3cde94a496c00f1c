import { OBJECT_TYPES, type ObjectType } from '../contract';
import { toJsonText } from './json-text';
import { sampleObjects } from './sample-data';

/**
 * Holds each object as its finished `"id":{…}` JSON text, written once, so answering 100 ids
 * is 100 map look-ups and one join: the proxy's overhead is measured against this server.
 */
export interface ObjectStore {
  /** The JSON text of `crmObjectsMap` for these ids, in order, `null` for unknown ones. */
  objectsMapText(objectType: ObjectType, ids: readonly string[]): string;
  set(objectType: ObjectType, id: string, fields: Record<string, unknown> | null): void;
  reset(): void;
}

type Fragments = Map<ObjectType, Map<string, string>>;

let sampleFragments: Fragments | undefined;

function fragment(id: string, fields: Record<string, unknown>): string {
  return `${JSON.stringify(id)}:${toJsonText(fields)}`;
}

function buildSampleFragments(): Fragments {
  const objects = sampleObjects();
  return new Map(
    OBJECT_TYPES.map((objectType) => [
      objectType,
      new Map(objects[objectType].map(({ id, fields }) => [id, fragment(id, fields)])),
    ]),
  );
}

function copyOf(fragments: Fragments): Fragments {
  return new Map([...fragments].map(([objectType, byId]) => [objectType, new Map(byId)]));
}

/**
 * Writes the sample objects' JSON now rather than on the first answer. Tests call it before
 * their first call: on a busy machine that first answer could otherwise pass a short timeout.
 */
export function prepareSampleObjects(): void {
  sampleFragments ??= buildSampleFragments();
}

export function createObjectStore(): ObjectStore {
  // Written on first use, not at creation: the sandbox starts inside `npm start`, whose first
  // answer (budget 1 s, bench/) need not wait the ~80 ms these 4,000 objects' JSON takes.
  let current: Fragments | undefined;
  const byIdOf = (objectType: ObjectType) => {
    sampleFragments ??= buildSampleFragments();
    current ??= copyOf(sampleFragments);
    const byId = current.get(objectType);
    if (!byId) throw new Error(`unknown object type ${objectType}`);
    return byId;
  };
  return {
    objectsMapText(objectType, ids) {
      const byId = byIdOf(objectType);
      const parts: string[] = [];
      // A JSON object holds each key once, as Gong's map does.
      for (const id of new Set(ids)) parts.push(byId.get(id) ?? `${JSON.stringify(id)}:null`);
      return `{${parts.join(',')}}`;
    },
    set(objectType, id, fields) {
      if (fields === null) byIdOf(objectType).delete(id);
      else byIdOf(objectType).set(id, fragment(id, fields));
    },
    reset() {
      current = undefined;
    },
  };
}
