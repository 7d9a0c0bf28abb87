/** One `storybot <name>` sub-command; its module is imported only when it runs, to keep start-up fast. */
export interface CommandIO {
  argv: string[];
  env: Record<string, string | undefined>;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export interface CommandModule {
  /** Resolves to the process exit code. */
  run(io: CommandIO): Promise<number>;
}

export interface CommandEntry {
  summary: string;
  /** What follows the options in its usage line, e.g. `["question"]`. */
  args?: string;
  load: () => Promise<CommandModule>;
}
