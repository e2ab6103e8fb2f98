import type { CliCommand } from './command';
import { diagnoseCommand } from './diagnose';
import { demoCommand } from './demo';
import { statsdSinkCommand } from './statsd-sink';

/** Every CLI command; `--help` lists them in this order. */
export const COMMANDS: readonly CliCommand[] = [diagnoseCommand, demoCommand, statsdSinkCommand];
