import path from "node:path";
import type { NextConfig } from "next";
import { ACTION_BODY_BYTES } from "./lib/http/body-limits";
import { robotsHeaders } from "./lib/seo/robots-headers";

const nextConfig: NextConfig = {
  // A separate build directory lets the end-to-end suite build against its own database.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Next's file-system cache, reporting cache tags to the page cache of scripts/server.ts (see the file).
  cacheHandler: path.resolve(process.cwd(), "lib/page-cache/next-cache-handler.mjs"),
  reactStrictMode: true,
  // yjs is loaded once per process: the co-editing server (lib/collab) and the pages share it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "yjs"],
  images: {
    formats: ["image/avif", "image/webp"],
    minimumCacheTTL: 31536000,
  },
  typedRoutes: false,
  // `npm run typecheck` is the type gate (CI runs it); this lets a build skip the repeat when asked.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  // The server's front door refuses a larger action at once (lib/http/body-limits.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: ACTION_BODY_BYTES } },
  // X-Robots-Tag for the desk, the API, previews and search (lib/seo/robots-headers.ts).
  async headers() {
    return robotsHeaders;
  },
};

export default nextConfig;
