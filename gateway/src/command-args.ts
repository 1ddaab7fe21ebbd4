/** The flags of one `coachwork` command, parsed the same way by every command. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type FlagOptions = NonNullable<ParseArgsConfig['options']>;
type WithHelp<O extends FlagOptions> = O & { help: { type: 'boolean'; short: 'h' } };
export type CommandFlags<O extends FlagOptions> = ReturnType<
  typeof parseArgs<{ args: string[]; options: WithHelp<O>; strict: true }>
>['values'];

/**
 * The command's flags, or the exit code when there is nothing to run: 2 after an unknown or
 * malformed flag (the reason and the usage on stderr), 0 for `--help` (the usage on stdout).
 */
export function parseCommandArgs<O extends FlagOptions>(
  argv: string[],
  options: O,
  usage: string,
): CommandFlags<O> | number {
  let values: CommandFlags<O>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } } as WithHelp<O>,
      strict: true,
    }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(usage);
    return 2;
  }
  if ((values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return values;
}
