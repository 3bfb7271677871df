import { Injectable } from '@nestjs/common';

/** Where this instance is in its life: readiness answers 503 once it is draining (after SIGTERM). */
@Injectable()
export class LifecycleService {
  private drainingSince: number | null = null;

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  drain(): void {
    this.drainingSince ??= Date.now();
  }
}
