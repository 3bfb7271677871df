import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserModel } from './user.model';

export enum RefreshTokenTransport {
  BODY = 'BODY',
  COOKIE = 'COOKIE',
}

registerEnumType(RefreshTokenTransport, {
  name: 'RefreshTokenTransport',
  description:
    'Where the refresh token goes: BODY (the answer, for API clients) or COOKIE (an httpOnly cookie for `POST /auth/refresh`, for browsers)',
});

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Short-lived JWT, sent as `Authorization: Bearer <accessToken>`' })
  accessToken: string;

  @Field({ description: 'When accessToken expires: refresh before then' })
  accessTokenExpiresAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Single-use token for refreshSession; rotated on every use. Null when it was set as a cookie (refreshTokenIn: COOKIE)',
  })
  refreshToken: string | null;

  @Field(() => UserModel)
  user: UserModel;
}
