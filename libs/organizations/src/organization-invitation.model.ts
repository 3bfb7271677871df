import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganizationRole } from './organization-role';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

/**
 * An invitation to a brand's team. The inviter sees what they typed (the email) and never whether
 * it belongs to anyone; the invitee sees who invites them to what. `organization` and `invitedBy`
 * are resolved by field resolvers.
 */
@ObjectType('OrganizationInvitation')
export class OrganizationInvitationModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The address invited, as the inviter typed it (normalised)' })
  email: string;

  @Field(() => OrganizationRole)
  role: OrganizationRole;

  @Field(() => InvitationStatus)
  status: InvitationStatus;

  @Field()
  createdAt: Date;
}

@InputType()
export class InviteOrganizationMemberInput {
  @Field(() => ID)
  organizationId: string;

  @Field({ description: 'Email of the person to invite; they accept with respondToOrganizationInvitation' })
  email: string;

  @Field(() => OrganizationRole)
  role: OrganizationRole;
}
