import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { dataSourceOptions } from './data-source-options';
import { Db } from './db';

/**
 * PostgreSQL through TypeORM, plus the unit-of-work: `@UnitOfWork()` on a service method
 * opens one transaction that every repository reaches through `TransactionHost.tx`, so a
 * mutation's rows, counters and outbox event commit together.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(url: string, options: { logQueries?: boolean } = {}): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(url, [], options.logQueries), autoLoadEntities: true }),
        ClsModule.forRoot({
          global: true,
          plugins: [
            new ClsPluginTransactional({
              imports: [TypeOrmModule],
              adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
            }),
          ],
        }),
      ],
      providers: [Db],
      exports: [Db],
    };
  }
}
