import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { UserEntity } from './user.entity';

const USER_COLUMNS = `id, email, display_name AS "displayName", created_at AS "createdAt"`;

@Injectable()
export class UsersRepository {
  constructor(private readonly db: Db) {}

  async insert(email: string, displayName: string, passwordHash: string): Promise<UserEntity | null> {
    return this.db.one<UserEntity>(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, $3)
       ON CONFLICT (email) DO NOTHING RETURNING ${USER_COLUMNS}`,
      [email, displayName, passwordHash],
    );
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.db.one<UserEntity>(`SELECT ${USER_COLUMNS} FROM app_user WHERE id = $1`, [id]);
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.db.query<UserEntity>(`SELECT ${USER_COLUMNS} FROM app_user WHERE id = ANY($1::uuid[])`, [ids]);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.db.one<UserEntity>(`SELECT ${USER_COLUMNS} FROM app_user WHERE email = $1`, [email]);
  }

  findCredentials(email: string): Promise<{ id: string; passwordHash: string } | null> {
    return this.db.one(`SELECT id, password_hash AS "passwordHash" FROM app_user WHERE email = $1`, [email]);
  }
}
