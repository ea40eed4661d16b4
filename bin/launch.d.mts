// Types of launch.mjs (plain JavaScript: it runs before tsx), for the tests and the bench.
export declare const DEFAULT_HEAP_MB: number;
export declare const DEFAULT_SEMI_SPACE_MB: number;
export declare const DEFAULT_MALLOC_ARENAS: string;
export declare const LAUNCHED_ENV: string;
export interface LaunchPlan {
  execArgv: string[];
  env: Record<string, string | undefined>;
}
export declare function commandOf(argv: readonly string[]): string | undefined;
export declare function launchPlan(options: {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  execArgv: readonly string[];
}): LaunchPlan | undefined;
export declare function runLaunched(script: string, argv: readonly string[], plan: LaunchPlan): Promise<number>;
