// One verification, as the page runs it: the entity schema read once, the file read, hashed and
// linted in one streaming pass, every objectId Gong can be asked about (or the page's sample of
// them) fetched in calls of at most 100, each call's objects compared as its answer lands. The
// lint, the choice of objects, the compare and the report are the page's own modules
// (web/lib/upload-file, web/diff, web/lib/result-files).
import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { MAX_IDS_PER_CALL } from '../proxy/contract';
import { compareObject, failedVerdict } from '../web/diff/sent-vs-stored';
import type { CrmFields } from '../web/lib/json/json-value';
import type { ObjectVerdict } from '../web/lib/result-files/verification-model';
import {
  buildVerificationReport,
  type VerificationReport,
} from '../web/lib/result-files/verification-report';
import { readUpload } from '../web/lib/upload-file/read-upload';
import { askableObjects, sampleObjects, sampleSeed } from '../web/lib/upload-file/sample';
import type { UploadChunk } from '../web/lib/upload-file/upload-entries';
import type { SentObject } from '../web/lib/upload-file/upload-lint';
import { type GongFailure, type GongReader, readEntitySchema, readObjects } from './gong-reads';
import { checkReferences, type ReferenceCheck } from './verify-references';

export interface UploadFile {
  /** The file's name as the report records it (no folders). */
  readonly name: string;
  readonly chunks: AsyncIterable<UploadChunk>;
}

export interface VerifyOptions {
  readonly sample?: number;
  /** Calls in flight at once; the limiter paces them. */
  readonly concurrency: number;
  /** How many calls to Gong the objects take, once the file is read. */
  readonly onPlan?: (calls: number) => void;
  readonly onCallDone?: (done: number) => void;
}

export interface Verification {
  readonly report: VerificationReport;
  /** Calls that failed after the retries: their objects are 'failed', and Gong was unreadable. */
  readonly failures: readonly GongFailure[];
  /** Why the schema rules were skipped, when the entity schema could not be read. */
  readonly schemaFailure?: GongFailure;
  /** The reference check's failed calls (its ids are "not checked"; no effect on the status). */
  readonly referenceFailures: readonly GongFailure[];
}

/** Throws UploadFileError when the file cannot be an upload file (empty, binary, too large). */
export async function verifyUpload(
  reader: GongReader,
  file: UploadFile,
  options: VerifyOptions,
): Promise<Verification> {
  const schema = await readEntitySchema(reader);
  // Node's own SHA-256 as the bytes pass, not the page's JavaScript one (which the page's worker
  // runs in a second pass for its cost): the same digest, at a fraction of the time.
  const hash = createHash('sha256');
  const read = await readUpload(hashing(file.chunks, hash), {
    objectType: reader.objectType,
    sha256: false,
    ...(schema.ok ? { schema: schema.fields } : {}),
  });
  const objects = askableObjects(read.objects);
  // The page's seed: the same file and N give the same objects here and there, on every run.
  const seed = sampleSeed(objects);
  const sampled = options.sample !== undefined && options.sample < objects.length;
  const toVerify = sampled ? sampleObjects(objects, options.sample as number, seed) : objects;
  const { verdicts, failures, answered } = await fetchAndCompare(reader, toVerify, options);
  // Only after a verification Gong answered whole: a broken Gong gets no further calls.
  let references: ReferenceCheck | undefined;
  if (failures.length === 0) {
    references = await checkReferences(
      reader,
      {
        verified: toVerify,
        file: read.objects,
        schema: schema.ok ? schema.fields : undefined,
        answered,
      },
      options,
    );
  }
  const report = buildVerificationReport({
    integrationId: reader.integrationId,
    objectType: reader.objectType,
    file: {
      name: file.name,
      sha256: hash.digest('hex'),
      lines: read.lines,
      objects: read.objects.length,
    },
    problems: read.problems,
    verdicts,
    ...(sampled ? { sample: { count: toVerify.length, seed } } : {}),
    ...(references ? { references } : {}),
  });
  return {
    report,
    failures,
    referenceFailures: references?.failures ?? [],
    ...(schema.ok ? {} : { schemaFailure: schema.failure }),
  };
}

async function* hashing(
  chunks: AsyncIterable<UploadChunk>,
  hash: ReturnType<typeof createHash>,
): AsyncGenerator<UploadChunk> {
  for await (const chunk of chunks) {
    hash.update(chunk);
    yield chunk;
  }
}

async function fetchAndCompare(
  reader: GongReader,
  objects: readonly SentObject[],
  options: VerifyOptions,
): Promise<{
  verdicts: ObjectVerdict[];
  failures: GongFailure[];
  /** Each answered id: found (its fields dropped, for memory) or null. */
  answered: Map<string, CrmFields | null>;
}> {
  const batches: (readonly SentObject[])[] = [];
  for (let i = 0; i < objects.length; i += MAX_IDS_PER_CALL) {
    batches.push(objects.slice(i, i + MAX_IDS_PER_CALL));
  }
  options.onPlan?.(batches.length);
  const verdicts = new Array<ObjectVerdict | undefined>(objects.length);
  const failures: GongFailure[] = [];
  const answered = new Map<string, CrmFields | null>();
  const FOUND: CrmFields = {};
  let next = 0;
  let done = 0;
  // After a failure no new call starts and the calls waiting for a slot are dropped: Gong is
  // unreadable (a refused credential, a 429 that asks to wait too long, a broken upstream), and
  // each further call would spend the daily quota for nothing.
  const stop = new AbortController();
  const workers = Math.max(1, Math.min(options.concurrency, batches.length));
  // Each call in flight listens to it twice (waiting for a slot, then on the socket): past
  // Node's default of 10, a warning on stderr would say "memory leak" of what is none.
  setMaxListeners(Math.max(10, workers * 2), stop.signal);
  const worker = async () => {
    while (!stop.signal.aborted && next < batches.length) {
      const index = next++;
      const batch = batches[index] as readonly SentObject[];
      const ids = batch.map((sent) => sent.objectId);
      let answer: Awaited<ReturnType<typeof readObjects>>;
      try {
        answer = await readObjects(reader, ids, stop.signal);
      } catch (error) {
        if (stop.signal.aborted) return;
        throw error;
      }
      const first = index * MAX_IDS_PER_CALL;
      if (answer.ok) {
        batch.forEach((sent, offset) => {
          verdicts[first + offset] = compareObject(sent, answer.stored.get(sent.objectId));
        });
        for (const [id, fields] of answer.stored) answered.set(id, fields === null ? null : FOUND);
      } else {
        failures.push(answer.failure);
        stop.abort();
      }
      options.onCallDone?.(++done);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return {
    verdicts: objects.map((sent, index) => verdicts[index] ?? failedVerdict(sent)),
    failures,
    answered,
  };
}
