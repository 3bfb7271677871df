export * from './erasure.module';
export * from './erasure.service';
