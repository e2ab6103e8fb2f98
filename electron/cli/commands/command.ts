import type { LocalizedText } from '../../../shared/model/localized';
import type { CliIo } from '../io';

export interface CliCommand {
  name: string;
  summary: LocalizedText;
  usage: string;
  /** Returns the exit status; throws UsageError for bad usage. */
  run(argv: string[], io: CliIo, signal: AbortSignal): Promise<number>;
}
