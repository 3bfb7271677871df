import { registerEnumType } from '@nestjs/graphql';

export enum OrganizationRole {
  OWNER = 'OWNER',
  MODERATOR = 'MODERATOR',
}

registerEnumType(OrganizationRole, {
  name: 'OrganizationRole',
  description: 'OWNER runs the brand and its team; MODERATOR runs challenges and moderates',
});
