/**
 * The commands, each loaded on first use: `daybrief --help` then reads commander and this table only,
 * not the store, the parsers and the HTTP stack every command pulls in (the built CLI starts in a
 * fraction of the time). A command added to program.ts gets its line here.
 */
type Loader<M> = () => Promise<M>;

function lazy<M, K extends keyof M>(
  load: Loader<M>,
  name: K,
): M[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never {
  // biome-ignore lint/suspicious/noExplicitAny: forwards the command's own arguments; the return type restores its signature.
  return (async (...args: any[]) => ((await load())[name] as any)(...args)) as never;
}

const config = () => import("./config.ts");
const sources = () => import("./sources.ts");

export const configCheckCommand = lazy(config, "configCheckCommand");
export const configSchemaCommand = lazy(config, "configSchemaCommand");
export const demoCommand = lazy(() => import("./demo.ts"), "demoCommand");
export const dupesCommand = lazy(() => import("./dupes.ts"), "dupesCommand");
export const initCommand = lazy(() => import("./init.ts"), "initCommand");
export const llmTestCommand = lazy(() => import("./llm-test.ts"), "llmTestCommand");
export const renderCommand = lazy(() => import("./render.ts"), "renderCommand");
export const runCommand = lazy(() => import("./run.ts"), "runCommand");
export const runsCommand = lazy(() => import("./runs.ts"), "runsCommand");
export const reviewCommand = lazy(() => import("./review.ts"), "reviewCommand");
export const scheduleCommand = lazy(() => import("./schedule.ts"), "scheduleCommand");
export const searchCommand = lazy(() => import("./search.ts"), "searchCommand");
export const importSourcesCommand = lazy(sources, "importSourcesCommand");
export const listSourcesCommand = lazy(sources, "listSourcesCommand");
export const verifyCommand = lazy(() => import("./verify.ts"), "verifyCommand");
export const publishSiteCommand = lazy(() => import("./publish-site.ts"), "publishSiteCommand");
export const mcpCommand = lazy(() => import("./mcp.ts"), "mcpCommand");
export const hashTokenCommand = lazy(() => import("./api.ts"), "hashTokenCommand");
export const serveCommand = lazy(() => import("./serve.ts"), "serveCommand");
export const channelsTestCommand = lazy(() => import("./channels-test.ts"), "channelsTestCommand");
export const workerCommand = lazy(() => import("./worker.ts"), "workerCommand");
