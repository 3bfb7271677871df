import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { PollenError } from '@pollen/kernel';

/**
 * Domain errors are answers, not failures: hand them to GraphQL (formatError gives them their
 * code) without Nest logging each refused request as a server error.
 */
@Catch(PollenError)
export class PollenErrorFilter implements GqlExceptionFilter {
  catch(error: PollenError): PollenError {
    return error;
  }
}
