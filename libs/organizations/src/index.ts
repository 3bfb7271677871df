export * from './organizations.module';
export * from './organizations.service';
export * from './organizations.loader';
export * from './organizations.repository';
export * from './organization.model';
export * from './organization-role';
export * from './suspension.repository';
