export * from './ownership.module';
export * from './ownership.service';
export * from './ownership.model';
export * from './statement-export';
export * from './party-owners.loader';
