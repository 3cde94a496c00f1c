import { describe, expect, it } from 'vitest';
import type { CrmFields, CrmObject } from '../../lib/json/json-value';
import { declaredFields } from '../../lib/values/schema-check';
import { checkObjects, flagsOf, type SchemaReport } from './schema-report';

const declared = declaredFields([
  { name: 'name', label: 'Deal Name', type: 'STRING' },
  { name: 'amount', label: 'Amount', type: 'CURRENCY' },
  { name: 'stage', label: 'Stage', type: 'PICKLIST', orderedValueList: ['open', 'won'] },
  { name: 'forecast', label: 'Forecast', type: 'PICKLIST', isDeleted: true },
  { name: 'legacy', label: 'Legacy', type: 'NUMBER', isDeleted: true },
  { name: 'primaryContactId', label: 'Primary Contact', type: 'REFERENCE' },
]);

const found = (id: string, fields: CrmFields): CrmObject => ({ id, fields });
const objects: CrmObject[] = [
  found('a', {
    objectId: 'a',
    name: 'A',
    amount: 7000,
    stage: 'open',
    forecast: 'x',
    isClosed: false,
  }),
  found('b', {
    objectId: 'b',
    name: 'B',
    amount: '7,000 USD',
    stage: 'won',
    forecast: 'x',
    isClosed: true,
  }),
  // Fields in another order, one missing, and a value of undefined (absent, as compare adds).
  found('c', {
    stage: 'verbal',
    objectId: 'c',
    name: 'C',
    amount: undefined,
    forecast: 'oops',
  } as unknown as CrmFields),
  { id: 'gone', fields: null },
];

const flags = (report: SchemaReport, field: string) => {
  const finding = report.fields.get(field);
  return finding ? flagsOf(finding, report.objectCount) : undefined;
};

describe('checkObjects', () => {
  const report = checkObjects(declared, objects);

  it('counts only the objects Gong found', () => {
    expect(report.objectCount).toBe(3);
  });

  it('flags a carried field the schema does not declare, but not the built-in ones', () => {
    expect(flags(report, 'isClosed')).toEqual([{ kind: 'undeclared' }]);
    expect(flags(report, 'objectId')).toEqual([]);
  });

  it('lists declared fields no object carries, deleted ones included, in schema order', () => {
    expect(report.uncarried.map((field) => field.name)).toEqual(['legacy', 'primaryContactId']);
  });

  it('flags a declared field some objects lack, counting undefined as absent', () => {
    expect(flags(report, 'amount')).toEqual([
      { kind: 'missing', count: 1 },
      { kind: 'misfit', count: 1, type: 'CURRENCY' },
    ]);
  });

  it('counts values that do not fit the declared type', () => {
    expect(flags(report, 'stage')).toEqual([{ kind: 'misfit', count: 1, type: 'PICKLIST' }]);
    expect(flags(report, 'name')).toEqual([]);
  });

  it('flags a deleted field that objects still carry, once, without checking its values', () => {
    expect(flags(report, 'forecast')).toEqual([{ kind: 'deleted' }]);
    expect(report.fields.get('forecast')?.check).toBeUndefined();
  });

  it('with an empty schema, every carried field but the built-in ones is undeclared', () => {
    const empty = checkObjects([], objects);
    expect(flags(empty, 'name')).toEqual([{ kind: 'undeclared' }]);
    expect(flags(empty, 'objectId')).toEqual([]);
    expect(empty.uncarried).toEqual([]);
  });

  it('a field named like an Object.prototype member is a field like any other', () => {
    const odd = checkObjects(declared, [found('x', JSON.parse('{"constructor":1,"__proto__":2}'))]);
    expect(flags(odd, 'constructor')).toEqual([{ kind: 'undeclared' }]);
    expect(flags(odd, '__proto__')).toEqual([{ kind: 'undeclared' }]);
  });
});
