export * from './privacy.module';
export * from './privacy.constant';
export * from './consent.service';
export * from './contributor-visibility.service';
export * from './data-export.job';
export * from './data-export.service';
export * from './privacy-retention.job';
export * from './export-sections';
