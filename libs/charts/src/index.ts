export * from './charts';
export * from './formats';
export * from './insight-cards';
