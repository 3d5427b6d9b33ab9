import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A separate build directory lets the end-to-end suite build against its own database.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  images: {
    formats: ["image/avif", "image/webp"],
    minimumCacheTTL: 31536000,
  },
  typedRoutes: false,
};

export default nextConfig;
