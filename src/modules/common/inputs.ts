// Validation shared by every mutation input: ids, free text, the reason an edit of the graph needs,
// and the optional document source. class-validator runs on all of them (src/schema.ts).
import { Length, Matches } from "class-validator";
import { Field, InputType } from "type-graphql";

/** Lower-case words joined by hyphens: the shape of every id in the seed. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MESSAGE = "must be lower-case letters and digits joined by hyphens, e.g. harbor-pediatrics";
/** A calendar date, YYYY-MM-DD (the range is checked where it is used). */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const MAX_TEXT = 2_000;
export const MAX_NAME = 200;

@InputType({ description: "Where an edit comes from: a document of the policy set and its section." })
export class SourceInput {
  @Field()
  @Length(1, MAX_NAME)
  document!: string;

  @Field()
  @Length(1, MAX_NAME)
  section!: string;
}

/** Applies several property decorators as one. */
const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };

/** The checks on an id argument: a slug of `min` to `max` characters. */
export const IsSlug = (name: string, min = 2, max = 64): PropertyDecorator =>
  all(Length(min, max), Matches(SLUG, { message: `${name} ${SLUG_MESSAGE}` }));

/** The reason every edit of the graph carries: a GraphQL field and its checks. */
export const ReasonField = (): PropertyDecorator =>
  all(
    Field({ description: "Why the change is made (recorded in the audit log); 3 to 500 characters." }),
    Length(3, 500),
  );
