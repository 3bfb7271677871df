import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ChallengeModel } from '@pollen/challenges';
import { Connection } from '@pollen/kernel';
import { OrganizationModel } from '@pollen/organizations';

export enum PartnerVisibilityEnum {
  NAMED = 'NAMED',
  PSEUDONYM = 'PSEUDONYM',
  AGGREGATE = 'AGGREGATE',
}

registerEnumType(PartnerVisibilityEnum, {
  name: 'PartnerVisibility',
  description: 'What people outside a brand team see of one’s contributions',
  valuesMap: {
    NAMED: { description: 'Under one’s display name (the default)' },
    PSEUDONYM: { description: 'Under a stable pseudonym ("Participant 7f3a9c2e", the label an erasure leaves too); the profile is hidden' },
    AGGREGATE: { description: 'Only counted: each contribution shows "A participant", nothing links two of them; the profile is hidden' },
  },
});

export enum AccessKindEnum {
  PROFILE_VIEW = 'PROFILE_VIEW',
  EXPORT = 'EXPORT',
}

registerEnumType(AccessKindEnum, { name: 'AccessKind', description: 'What was read of one’s data' });

@ObjectType('PrivacySettings')
export class PrivacySettingsModel {
  @Field(() => PartnerVisibilityEnum)
  partnerVisibility: PartnerVisibilityEnum;

  @Field(() => Int, { nullable: true, description: 'Version of the consent text the choice was made under (null: never chosen, the default applies)' })
  version: number | null;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;
}

@ObjectType('ConsentRecord', { description: 'One privacy decision, as recorded' })
export class ConsentRecordModel {
  @Field(() => ID)
  id: string;

  @Field({ description: '`PARTNER_VISIBILITY`, or `NOTIFICATION:<kind>`' })
  subject: string;

  @Field()
  choice: string;

  @Field(() => Int)
  version: number;

  @Field()
  recordedAt: Date;
}

@ObjectType('ConsentRecordConnection')
export class ConsentRecordConnection extends Connection(ConsentRecordModel) {}

@ObjectType('LicenceAcceptance', { description: 'The contribution licence one accepted in a challenge, with one’s first contribution there' })
export class LicenceAcceptanceModel {
  @Field(() => ChallengeModel)
  challenge: unknown;

  challengeId: string;

  @Field({ description: 'SPDX identifier, such as CC-BY-SA-4.0' })
  licence: string;

  @Field()
  acceptedAt: Date;
}

@ObjectType('LicenceAcceptanceConnection')
export class LicenceAcceptanceConnection extends Connection(LicenceAcceptanceModel) {}

@ObjectType('AccessSummary', { description: 'How often one’s data was read on a day: profile reads per brand team, or one’s own exports' })
export class AccessSummaryModel {
  @Field({ description: 'The day (UTC), YYYY-MM-DD' })
  day: string;

  @Field(() => AccessKindEnum)
  kind: AccessKindEnum;

  @Field(() => OrganizationModel, { nullable: true, description: 'The brand whose team looked (PROFILE_VIEW)' })
  organization: unknown;

  organizationId: string | null;

  @Field(() => Int)
  count: number;
}
