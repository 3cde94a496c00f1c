// A checker for the few JSON Schema words Gong's OpenAPI spec uses on its CRM answers, so the
// stand-in can be held to the published spec without adding a validator dependency.

export interface SchemaNode {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  enum?: unknown[];
  required?: string[];
}

export interface Violation {
  /** Where in the value, e.g. `$.crmObjectsMap["001…"].name`. */
  path: string;
  message: string;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function fits(type: string, actual: string): boolean {
  return type === actual || (type === 'number' && actual === 'integer');
}

const childPath = (path: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/** Every way `value` breaks `schema`; `root` resolves `#/…` references. */
export function checkSchema(
  value: unknown,
  schema: SchemaNode,
  root: unknown,
  path = '$',
): Violation[] {
  if (schema.$ref) return checkSchema(value, resolveRef(root, schema.$ref), root, path);
  const actual = typeOf(value);
  if (schema.type && !fits(schema.type, actual)) {
    return [{ path, message: `expected ${schema.type}, got ${actual}` }];
  }
  const violations: Violation[] = [];
  if (schema.enum && !schema.enum.includes(value)) {
    violations.push({ path, message: `expected one of ${JSON.stringify(schema.enum)}` });
  }
  if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    value.forEach((item, index) => {
      violations.push(...checkSchema(item, items, root, `${path}[${index}]`));
    });
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (!(name in object)) violations.push({ path, message: `missing required ${name}` });
    }
    for (const [key, field] of Object.entries(object)) {
      const known = schema.properties?.[key];
      const extra = schema.additionalProperties;
      if (known) violations.push(...checkSchema(field, known, root, childPath(path, key)));
      else if (extra === false) {
        violations.push({ path: childPath(path, key), message: 'unexpected property' });
      } else if (extra && extra !== true) {
        violations.push(...checkSchema(field, extra, root, childPath(path, key)));
      }
    }
  }
  return violations;
}

export function resolveRef(root: unknown, ref: string): SchemaNode {
  if (!ref.startsWith('#/')) throw new Error(`only local references are supported: ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) {
    node = (node as Record<string, unknown> | undefined)?.[
      part.replace(/~1/g, '/').replace(/~0/g, '~')
    ];
  }
  if (typeof node !== 'object' || node === null) throw new Error(`unresolved reference ${ref}`);
  return node as SchemaNode;
}
