export * from './comments.module';
export * from './comments.service';
export * from './comment.model';
export * from './comments.repository';
export * from './comments.loader';
