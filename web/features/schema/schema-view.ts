// A schema report as the grid draws it: a label and type per row, flags in words, and per cell
// what is wrong. Cells are checked when drawn, so only the few hundred in view cost anything.

import type { GridSchema, RowFlag, RowSchema } from '../../diff/grid-marks';
import type { JsonValue } from '../../lib/json/json-value';
import {
  BUILT_IN_FIELDS,
  type FieldFinding,
  type FieldFlag,
  flagsOf,
  type SchemaReport,
} from './schema-report';

export const MISSING_CELL = 'missing: the schema declares this field';

/** The symbols the grid shows, in the order the legend explains them. */
export const FLAG_SYMBOLS = {
  undeclared: '?',
  deleted: '†',
  missing: '∅',
  misfit: '!',
} as const;

export function flagView(flag: FieldFlag, objectCount: number): RowFlag {
  const symbol = FLAG_SYMBOLS[flag.kind];
  switch (flag.kind) {
    case 'undeclared':
      return { kind: flag.kind, symbol, text: 'not declared in the schema' };
    case 'deleted':
      return { kind: flag.kind, symbol, text: 'deleted in the schema' };
    case 'missing':
      return {
        kind: flag.kind,
        symbol,
        text: `missing in ${flag.count} of ${objectCount} ${objectCount === 1 ? 'object' : 'objects'}`,
      };
    case 'misfit':
      return {
        kind: flag.kind,
        symbol,
        text: `${flag.count} ${flag.count === 1 ? "value doesn't" : "values don't"} fit ${flag.type}`,
      };
  }
}

/** `Amount · CURRENCY`, or the type alone when Gong sent no label. */
export function summaryOf(finding: FieldFinding): string | undefined {
  const { declared } = finding;
  if (!declared) return BUILT_IN_FIELDS.has(finding.name) ? 'built-in' : undefined;
  return declared.label ? `${declared.label} · ${declared.type}` : declared.type;
}

export function gridSchemaOf(report: SchemaReport): GridSchema {
  const rows = new Map<string, RowSchema>();
  const problemFields = new Set<string>();
  for (const finding of report.fields.values()) {
    const flags = flagsOf(finding, report.objectCount).map((flag) =>
      flagView(flag, report.objectCount),
    );
    if (flags.length > 0) problemFields.add(finding.name);
    rows.set(finding.name, { summary: summaryOf(finding), flags });
  }
  return {
    row: (field) => rows.get(field),
    cell(field: string, value: JsonValue | undefined) {
      const finding = report.fields.get(field);
      if (!finding?.declared) return undefined;
      if (value === undefined) return finding.declared.isDeleted ? undefined : MISSING_CELL;
      // Most fields have no misfit at all: skip their checks.
      return finding.misfits > 0 ? finding.check?.(value) : undefined;
    },
    problemFields,
  };
}
