import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuthService } from '@pollen/identity';
import { ClientKey, PollenError, Viewer, checkId } from '@pollen/kernel';
import { WriteLimits } from '@pollen/limits';
import { DataExportJob } from './data-export.job';
import { DataExportDownloadModel, DataExportModel, DataExportStateEnum } from './data-export.model';
import { DataExportRepository, DataExportRow } from './data-export.repository';
import { DATA_EXPORTS_LISTED, EXPORT_DOWNLOAD_TOKEN_SECONDS } from './privacy.constant';

export const EXPORT_DOWNLOAD_PATH = '/privacy/exports/download';

const sha256 = (value: string): Buffer => createHash('sha256').update(value).digest();

function present(row: DataExportRow): DataExportModel {
  const progress = row.state === 'READY' ? 100 : row.itemsTotal === 0 ? 0 : Math.min(99, Math.floor((row.itemsDone * 100) / row.itemsTotal));
  return { ...row, state: row.state as DataExportStateEnum, progress };
}

/** Token `<export id>.<secret>`: parsed for shape, or null (nothing malformed reaches SQL). */
function parseToken(token: unknown): { exportId: string; hash: Buffer } | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [exportId, secret] = token.split('.');
  try {
    checkId(exportId, 'token');
  } catch {
    return null;
  }
  return secret && /^[A-Za-z0-9_-]{20,100}$/.test(secret) ? { exportId, hash: sha256(secret) } : null;
}

/**
 * Exports of one's own data: requested (a row; the job builds it), followed, and downloaded with a
 * fresh authentication. Every read is the viewer's own: no other account, brand member or partner
 * can see that an export exists, let alone read it.
 */
@Injectable()
export class DataExportService {
  constructor(
    private readonly exports: DataExportRepository,
    private readonly job: DataExportJob,
    private readonly auth: AuthService,
    private readonly limits: WriteLimits,
  ) {}

  async request(viewer: Viewer, client: ClientKey): Promise<DataExportModel> {
    await this.limits.consume('dataExport', viewer, client);
    const row = await this.exports.insert(viewer.userId);
    if (!row) throw PollenError.conflict('An export of your data is already being prepared: wait for it to finish', { field: 'dataExport' });
    this.job.wake();
    return present(row);
  }

  async list(viewer: Viewer): Promise<DataExportModel[]> {
    return (await this.exports.ofUser(viewer.userId, DATA_EXPORTS_LISTED)).map(present);
  }

  async one(viewer: Viewer, idValue: unknown): Promise<DataExportModel> {
    const row = await this.exports.one(viewer.userId, checkId(idValue, 'id'));
    if (!row) throw PollenError.notFound('DataExport');
    return present(row);
  }

  async issueDownload(viewer: Viewer, exportIdValue: unknown, password: unknown, client: ClientKey): Promise<DataExportDownloadModel> {
    const exportId = checkId(exportIdValue, 'exportId');
    await this.auth.confirmPassword(viewer, password, client);
    const row = await this.exports.one(viewer.userId, exportId);
    if (!row) throw PollenError.notFound('DataExport');
    if (row.state !== 'READY') throw PollenError.conflict(`exportId: the export is ${row.state}, not READY`, { field: 'exportId', state: row.state });
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = await this.exports.issueToken(exportId, viewer.userId, sha256(secret), EXPORT_DOWNLOAD_TOKEN_SECONDS);
    return { url: `${EXPORT_DOWNLOAD_PATH}?token=${exportId}.${secret}`, expiresAt };
  }

  /** The archive of a download token, which it uses up; NOT_FOUND for anything else. */
  async download(token: unknown): Promise<{ archive: Buffer; filename: string }> {
    const parsed = parseToken(token);
    const found = parsed ? await this.exports.redeem(parsed.exportId, parsed.hash) : null;
    if (!found) throw PollenError.notFound('Download (the link is unknown, used or expired: ask for a new one)');
    return { archive: found.archive, filename: `pollen-export-${found.requestedAt.toISOString().slice(0, 10)}.zip` };
  }
}
