import { Directive } from '@nestjs/graphql';
import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLField, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLString, getDirectiveValues } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, TEXT_COST_CHARACTERS } from './limits.constant';

/**
 * How long a list can be, as the GraphQL cost directive specification (IBM, adopted by Apollo's
 * demand control and Hot Chocolate) declares it. Every list field of Pollen's schema carries it,
 * or is named in `sizedFields` of every field returning its parent (a connection's `edges`), and
 * the query cost prices each list at its size times what is asked of each item
 * (apps/api/src/graphql/complexity.plugin.ts). test/security/list-bounds.e2e-spec.ts fails on a
 * list field without it.
 */
export const listSizeDirective = new GraphQLDirective({
  name: 'listSize',
  description:
    'The most items this list holds: `assumedSize`, or the value of its slicing argument (`first`); with `sizedFields`, the size of those lists of the object returned',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: {
    assumedSize: { type: GraphQLInt },
    slicingArguments: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
    sizedFields: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
    requireOneSlicingArgument: { type: GraphQLBoolean, defaultValue: true },
  },
});

/**
 * What one value of a field weighs in the query cost, from the same specification: a text field
 * that can hold a whole idea weighs what ten small fields do, so asking for many of them is
 * priced by what they can carry.
 */
export const costDirective = new GraphQLDirective({
  name: 'cost',
  description: 'What one value of this field weighs in the query cost (1 unless told)',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: { weight: { type: new GraphQLNonNull(GraphQLString) } },
});

export interface ListSize {
  assumedSize: number | null;
  slicingArguments: string[];
  sizedFields: string[];
}

const sizes = new WeakMap<GraphQLField<unknown, unknown>, ListSize | null>();

/** The field's `@listSize`, read once per field of the schema. */
export function listSizeOf(field: GraphQLField<unknown, unknown>): ListSize | null {
  let size = sizes.get(field);
  if (size === undefined) {
    const values = field.astNode ? getDirectiveValues(listSizeDirective, field.astNode) : undefined;
    size = values
      ? {
          assumedSize: typeof values.assumedSize === 'number' ? values.assumedSize : null,
          slicingArguments: (values.slicingArguments as string[] | undefined) ?? [],
          sizedFields: (values.sizedFields as string[] | undefined) ?? [],
        }
      : null;
    sizes.set(field, size);
  }
  return size;
}

const weights = new WeakMap<GraphQLField<unknown, unknown>, number>();

/** The field's `@cost` weight, 1 without one. */
export function costWeightOf(field: GraphQLField<unknown, unknown>): number {
  let weight = weights.get(field);
  if (weight === undefined) {
    const values = field.astNode ? getDirectiveValues(costDirective, field.astNode) : undefined;
    weight = values ? Number(values.weight) : 1;
    weights.set(field, weight);
  }
  return weight;
}

/**
 * The size a request asks of the list: its slicing argument when given, else the assumed size.
 * A negative or absurd `first` is refused by the resolver; here it only must not lower the price.
 */
export function requestedSize(size: ListSize, args: Record<string, unknown>): number {
  const given = size.slicingArguments.map((name) => args[name]).filter((value): value is number => typeof value === 'number');
  const assumed = size.assumedSize ?? MAX_PAGE_SIZE;
  if (given.length === 0) return assumed;
  return Math.max(...given.map((value) => (value >= 1 ? value : assumed)));
}

/** A text (or JSON) field holding up to `maxCharacters`: it weighs one per TEXT_COST_CHARACTERS it can hold. */
export function LargeText(maxCharacters: number): MethodDecorator & PropertyDecorator {
  return Directive(`@cost(weight: "${Math.ceil(maxCharacters / TEXT_COST_CHARACTERS)}")`);
}

/** A field whose one value is as heavy as `weight` small ones (a whole statement as a file). */
export function Weighs(weight: number): MethodDecorator & PropertyDecorator {
  return Directive(`@cost(weight: "${weight}")`);
}

/** A list whose length a database constraint or a fixed limit caps at `bound`. */
export function BoundedList(bound: number): MethodDecorator & PropertyDecorator {
  return Directive(`@listSize(assumedSize: ${bound}, requireOneSlicingArgument: false)`);
}

/**
 * A list sized by its `first` argument, `defaultSize` when it is not given (its maximum is the
 * resolver's to refuse, through `pageSize`; a larger `first` is priced as asked). With
 * `connection`, the page is the connection's `edges`.
 */
export function PagedList(defaultSize: number, options: { connection?: boolean } = {}): MethodDecorator & PropertyDecorator {
  const sized = options.connection ? ', sizedFields: ["edges"]' : '';
  return Directive(`@listSize(assumedSize: ${defaultSize}, slicingArguments: ["first"]${sized}, requireOneSlicingArgument: false)`);
}

/** A Relay connection's page: `first` (default DEFAULT_PAGE_SIZE, at most MAX_PAGE_SIZE) sizes its `edges`. */
export function PagedConnection(): MethodDecorator & PropertyDecorator {
  return PagedList(DEFAULT_PAGE_SIZE, { connection: true });
}

