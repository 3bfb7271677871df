import { DynamicModule, Global, Module } from '@nestjs/common';
import { PollenConfig } from './config';

export const POLLEN_CONFIG = Symbol('POLLEN_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: PollenConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: POLLEN_CONFIG, useValue: config }], exports: [POLLEN_CONFIG] };
  }
}
