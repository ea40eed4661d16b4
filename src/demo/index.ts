export {
  createDemoFetch,
  DEMO_ARTICLE_PREFIX,
  DEMO_FEED_ORIGIN,
  toDemoPath,
  toPublicUrl,
} from "./demo-fetch.ts";
export type { DemoItem, DemoItemKind, DemoManifest, DemoManifestSource } from "./demo-manifest.ts";
export { DEMO_DATE, readDemoManifest, resolveDemoDir } from "./demo-manifest.ts";
export type { DemoRequest, DemoServer } from "./demo-server.ts";
export { startDemoServer } from "./demo-server.ts";
