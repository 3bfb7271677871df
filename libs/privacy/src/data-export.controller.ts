import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataExportService, EXPORT_DOWNLOAD_PATH } from './data-export.service';

/**
 * The download of an export, plain HTTP so a browser saves it as a file. The token in the query
 * is the whole credential (one use, minutes, issued after the password was entered again); the
 * access logs never record a query string.
 */
@Controller(EXPORT_DOWNLOAD_PATH.slice(1))
export class DataExportController {
  constructor(private readonly exports: DataExportService) {}

  @Get()
  async download(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const { archive, filename } = await this.exports.download(token);
    res
      .status(200)
      .set({
        'content-type': 'application/zip',
        'content-length': String(archive.length),
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      })
      .end(archive);
  }
}
