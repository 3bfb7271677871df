import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null once the account is erased (libs/erasure). */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'display_name' })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
