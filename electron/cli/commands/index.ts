import type { CliCommand } from './command';
import { diagnoseCommand } from './diagnose';
import { demoCommand } from './demo';
import { statsdSinkCommand } from './statsd-sink';
import { decodeCommand } from './decode';
import { lintCommand } from './lint';
import { monitorCommand } from './monitor';
import { attemptsCommand } from './attempts';

/** Every CLI command; `--help` lists them in this order. */
export const COMMANDS: readonly CliCommand[] = [diagnoseCommand, demoCommand, monitorCommand, attemptsCommand, decodeCommand, lintCommand, statsdSinkCommand];
