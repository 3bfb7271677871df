import { Field, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from './notification-kind';

@ObjectType('NotificationPreference', { description: 'Whether one receives a kind of notification (on unless turned off)' })
export class NotificationPreferenceModel {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  enabled: boolean;
}
