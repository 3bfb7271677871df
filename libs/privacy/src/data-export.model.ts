import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DataExportStateEnum {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  READY = 'READY',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(DataExportStateEnum, { name: 'DataExportState', description: 'Where an export of one’s data stands' });

@ObjectType('DataExport', { description: 'An export of everything Pollen holds about the viewer (a zip of JSON files)' })
export class DataExportModel {
  @Field(() => ID)
  id: string;

  @Field(() => DataExportStateEnum)
  state: DataExportStateEnum;

  @Field(() => Int, { description: 'Percent done, 0 to 100' })
  progress: number;

  @Field(() => Int)
  itemsDone: number;

  @Field(() => Int)
  itemsTotal: number;

  @Field()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the archive is deleted (READY only)' })
  expiresAt: Date | null;

  @Field(() => Float, { nullable: true, description: 'Size of the archive in bytes (READY only)' })
  sizeBytes: number | null;
}

@ObjectType('DataExportDownload', { description: 'A one-time download of an export, valid a few minutes' })
export class DataExportDownloadModel {
  @Field({ description: 'GET this path (on the API’s origin) to receive the zip, once' })
  url: string;

  @Field()
  expiresAt: Date;
}
