// The lint of a whole upload file, line by line as it streams past: each object's own problems
// (object-rules.ts), plus what needs the file (empty lines inside it, an objectId on two lines),
// and the objects to verify. Pure; imports only this room and the proxy's contract types.
import type { ObjectType, SchemaField } from '../../../proxy/contract';
import { checkObject, objectIdOf } from './object-rules';
import { type SchemaRules, schemaRules } from './schema-rules';
import type { UploadEntry } from './upload-entries';
import { problem, shortJson, type UploadProblem } from './upload-problems';

/** One object of the file to check against Gong: its id, its line, and its JSON text as sent. */
export interface SentObject {
  readonly objectId: string;
  readonly line: number;
  /** The line's JSON text; parse it with parseLossless (kept as text: a fraction of the memory). */
  readonly text: string;
  /** Every line holding this objectId, in order, when there is more than one. */
  readonly lines?: readonly number[];
}

export interface LintOptions {
  readonly objectType: ObjectType;
  /** The entity schema's fields for this type, when it could be read: enables the schema rules. */
  readonly schema?: readonly SchemaField[];
}

export interface LintResult {
  /** Lines read (for a JSON array, the line of its last element). */
  readonly lines: number;
  /** Every problem, in line order. */
  readonly problems: readonly UploadProblem[];
  /**
   * One per unique objectId, in the order first seen. A repeated id keeps its last line: Gong
   * processes a file in order, so the last update is the one it should hold.
   */
  readonly objects: readonly SentObject[];
  /** Lines holding a JSON object (with or without a usable objectId). */
  readonly objectLines: number;
}

/** Lints entries as they are read: `add` each, then `finish`. */
export class UploadLinter {
  private readonly schema: SchemaRules | undefined;
  private readonly problems: UploadProblem[] = [];
  /** Each objectId's place in `objects`: one number per id, no object per line. */
  private readonly byId = new Map<string, number>();
  /** Every line of the ids seen on more than one line (rare), made when a repeat is seen. */
  private readonly repeats = new Map<number, number[]>();
  private readonly objects: SentObject[] = [];
  private pendingBlank: number[] = [];
  private lines = 0;
  private objectLines = 0;
  private nonObjects = 0;

  constructor(private readonly options: LintOptions) {
    this.schema = options.schema ? schemaRules(options.schema) : undefined;
  }

  add(entry: UploadEntry): void {
    this.lines = Math.max(this.lines, entry.line);
    if (entry.type === 'blank') {
      this.pendingBlank.push(entry.line);
      return;
    }
    // An empty line is a problem only once something follows it: a file may end in blank lines.
    for (const line of this.pendingBlank) {
      this.problems.push(problem('blank-line', line, 'Empty line in the middle of the file'));
    }
    this.pendingBlank = [];
    if (entry.type === 'not-json') {
      this.problems.push(problem('not-json', entry.line, `Not JSON: ${entry.error}`));
      return;
    }
    if (entry.type === 'not-object') {
      this.nonObjects++;
      this.problems.push(
        problem(
          'not-object',
          entry.line,
          `A JSON ${kindOf(entry.value)} (${shortJson(entry.value)}), not an object`,
        ),
      );
      return;
    }
    this.objectLines++;
    checkObject(entry.value, entry.line, this.options.objectType, this.schema, this.problems);
    const id = objectIdOf(entry.value);
    if (id === undefined) return;
    const sent: SentObject = { objectId: id, line: entry.line, text: entry.text };
    const index = this.byId.get(id);
    if (index === undefined) {
      this.byId.set(id, this.objects.length);
      this.objects.push(sent);
      return;
    }
    let lines = this.repeats.get(index);
    if (!lines) {
      lines = [(this.objects[index] as SentObject).line];
      this.repeats.set(index, lines);
    }
    this.problems.push(
      problem(
        'duplicate-objectId',
        entry.line,
        `objectId ${id} is also on line ${lines.join(', ')}: Gong asks for repeated updates in separate files`,
        id,
      ),
    );
    lines.push(entry.line);
    this.objects[index] = { ...sent, lines: lines.slice() };
  }

  finish(): LintResult {
    if (this.objectLines === 0) {
      this.problems.push(
        problem(
          'no-objects',
          0,
          this.nonObjects > 0
            ? 'The file holds no JSON object: an upload file has one object per line (or is an array of objects)'
            : 'The file holds no JSON object',
        ),
      );
    }
    const problems = this.problems.slice().sort((a, b) => a.line - b.line);
    return { lines: this.lines, problems, objects: this.objects, objectLines: this.objectLines };
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'number';
  return typeof value;
}

/** Lints entries already read (e.g. a small file in a test). */
export function lintUpload(entries: Iterable<UploadEntry>, options: LintOptions): LintResult {
  const linter = new UploadLinter(options);
  for (const entry of entries) linter.add(entry);
  return linter.finish();
}
