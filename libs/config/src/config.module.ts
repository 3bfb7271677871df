import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule, registerAs } from '@nestjs/config';
import { PollenConfig } from './config';

/**
 * Pollen's configuration as a namespace of @nestjs/config: `ConfigService.get('pollen')` reads it,
 * and POLLEN_CONFIG (the namespace's own token) injects it typed. It is validated before the
 * application is built (`loadConfig`), so a bad variable stops the process with its one line
 * before anything starts. Nothing is read from a `.env` file: the environment is the only source.
 */
export const POLLEN_CONFIG = Symbol('POLLEN_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: PollenConfig): DynamicModule {
    const pollen = registerAs('pollen', () => config);
    return {
      module: ConfigModule,
      imports: [NestConfigModule.forRoot({ ignoreEnvFile: true }), NestConfigModule.forFeature(pollen)],
      providers: [{ provide: POLLEN_CONFIG, useExisting: pollen.KEY }],
      exports: [POLLEN_CONFIG, NestConfigModule],
    };
  }
}
