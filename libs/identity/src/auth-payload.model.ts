import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Short-lived JWT, sent as `Authorization: Bearer <accessToken>`' })
  accessToken: string;

  @Field({ description: 'Single-use token for refreshSession; rotated on every use' })
  refreshToken: string;

  @Field(() => UserModel)
  user: UserModel;
}
