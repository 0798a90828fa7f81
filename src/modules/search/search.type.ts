import { Field, Float, ObjectType } from "type-graphql";

@ObjectType({
  description: "A full-text match: follow `key` with requirement(citation), policy(number), control(id).",
})
export class SearchHit {
  @Field({ description: "REQUIREMENT, POLICY, CONTROL or OBLIGATION." }) kind!: string;
  @Field({ description: "Citation, policy number or id." }) key!: string;
  @Field() title!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) version!: string | null;
  @Field(() => Float) score!: number;
}
