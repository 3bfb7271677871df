import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { listSizeOf } from '@pollen/kernel';
import { queryCostEstimator } from '../../apps/api/src/graphql/complexity.plugin';

// OWASP API4 (unrestricted resource consumption): every list of the committed schema has a bound
// and a price. A new list field without `@listSize` fails here, so none can slip through.
const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'apps', 'api', 'schema.gql'), 'utf8'));

type Field = GraphQLField<unknown, unknown>;
interface ListField {
  type: GraphQLObjectType;
  field: Field;
}

function objectTypes(s: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(s.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'));
}

function isList(field: Field): boolean {
  return isListType(getNullableType(field.type));
}

const listFields: ListField[] = objectTypes(schema).flatMap((type) =>
  Object.values(type.getFields())
    .filter(isList)
    .map((field) => ({ type, field })),
);

/** Fields anywhere in the schema that return `type`. */
function returning(type: GraphQLNamedType): Field[] {
  return objectTypes(schema).flatMap((owner) => Object.values(owner.getFields()).filter((field) => getNamedType(field.type) === type));
}

describe('every list field has a bound and a price (apps/api/schema.gql)', () => {
  it('finds the lists', () => {
    expect(listFields.length).toBeGreaterThan(15);
  });

  it.each(listFields.map(({ type, field }) => [`${type.name}.${field.name}`, type, field] as const))('%s is bounded', (_name, type, field) => {
    const size = listSizeOf(field);
    if (size) {
      expect(size.assumedSize).toEqual(expect.any(Number));
      for (const argument of size.slicingArguments) expect(field.args.map((arg) => arg.name)).toContain(argument);
      return;
    }
    // Otherwise its length is set by the field that returns its parent (a connection's edges).
    const parents = returning(type);
    expect(parents.length).toBeGreaterThan(0);
    for (const parent of parents) expect(listSizeOf(parent)?.sizedFields ?? []).toContain(field.name);
  });

  it('names only list fields in sizedFields', () => {
    for (const type of objectTypes(schema)) {
      for (const field of Object.values(type.getFields())) {
        const target = getNamedType(field.type);
        for (const sized of listSizeOf(field)?.sizedFields ?? []) {
          expect(isObjectType(target) && target.getFields()[sized] && isList(target.getFields()[sized])).toBe(true);
        }
      }
    }
  });

  // The price, through the estimator the API runs: asking for a list costs its size times what
  // each item asks, so two nested lists cost the product of their sizes.
  const priced = objectTypes(schema).flatMap((type) => Object.values(type.getFields()).filter((field) => listSizeOf(field)).map((field) => ({ type, field })));
  it.each(priced.map(({ type, field }) => [`${type.name}.${field.name}`, type, field] as const))(
    '%s costs its size times each item',
    (_name, type, field) => {
      const path = pathTo(type);
      if (path === null) return; // only reachable as a mutation's answer: priced the same way
      const size = listSizeOf(field)!;
      const item = getNamedType(field.type);
      const sized = size.sizedFields[0];
      const leaf = isObjectType(item) ? (sized ? `{ ${sized} { __typename } }` : '{ __typename }') : '';
      const withList = cost(path(`${call(field)}${leaf}`));
      const without = cost(path('__typename'));
      const items = isObjectType(item) ? size.assumedSize! : 0;
      expect(withList - without).toBeGreaterThanOrEqual(items * (sized ? 2 : 1));
      if (size.slicingArguments.includes('first')) {
        // Asking for more costs more: `first` is what is priced.
        const many = cost(path(`${call(field, 'first: 90')}${leaf}`)) - without;
        expect(many).toBeGreaterThanOrEqual(isObjectType(item) ? 90 : 0);
      }
    },
  );
});

function cost(query: string): number {
  return getComplexity({ schema, query: parse(query), variables: {}, estimators: [queryCostEstimator] });
}

/** A query reaching an object of `target` from Query, with placeholder values for required arguments. */
function pathTo(target: GraphQLObjectType): ((inner: string) => string) | null {
  const query = schema.getQueryType()!;
  const seen = new Set<string>([query.name]);
  const queue: Array<{ type: GraphQLObjectType; wrap: (inner: string) => string }> = [{ type: query, wrap: (inner) => `{ ${inner} }` }];
  while (queue.length > 0) {
    const { type, wrap } = queue.shift()!;
    if (type === target) return wrap;
    for (const field of Object.values(type.getFields())) {
      const next = getNamedType(field.type);
      if (!isObjectType(next) || seen.has(next.name)) continue;
      const reached = call(field);
      if (reached === null) continue;
      seen.add(next.name);
      queue.push({ type: next, wrap: (inner) => wrap(`${reached} { ${inner} }`) });
    }
  }
  return null;
}

/** `field(required: placeholder, …, extra)`, or null when a required argument cannot be made up. */
function call(field: Field, extra?: string): string | null {
  const args = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const values = args.map((arg) => placeholder(getNamedType(arg.type)));
  if (values.includes(null)) return null;
  const all = [...args.map((arg, i) => `${arg.name}: ${values[i]}`), ...(extra ? [extra] : [])];
  return all.length ? `${field.name}(${all.join(', ')})` : field.name;
}

function placeholder(type: GraphQLNamedType): string | null {
  if (!isInputType(type)) return null;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isScalarType(type)) return type.name === 'Int' || type.name === 'Float' ? '1' : type.name === 'Boolean' ? 'true' : '"x"';
  return null;
}
