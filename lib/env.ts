import { z } from "zod";
import { parseTrustedProxies } from "./http/client-address";

// Read and validate the environment once. Defaults make `npm start` work on a laptop.
const schema = z.object({
  DATABASE_URL: z.string().min(1).default("file:./data/broadsheet.db"),
  // Unset, the origin is this server's own port on localhost (right on a laptop, wrong in
  // production: the server warns at start, see siteUrlIsDefault).
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .default(() => defaultSiteUrl(process.env.PORT))
    .transform((url) => url.replace(/\/+$/, "")),
  // Where uploaded images are kept. Only the local filesystem for now; see README "Media storage".
  MEDIA_STORAGE: z.enum(["local"]).default("local"),
  MEDIA_DIR: z.string().min(1).default("data/media"),
  // How long the "Most read" rail (and the pages showing it) may be served before it is recounted.
  MOST_READ_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  // The proxies in front of the server whose X-Forwarded-For entries are believed: a count of hops
  // or a list of addresses and CIDR ranges. Unset, none: the socket's peer is the client.
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  // Several server instances share open stories' edits and presence through Redis (see README,
  // "Several instances"). Unset, one process needs nothing more.
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  // Keeps this site's channels apart from another's on the same Redis server.
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w.-]+$/)
    .default("broadsheet"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

/** The origin used when SITE_URL is unset: localhost on the port the server listens on. */
export function defaultSiteUrl(port: string | undefined): string {
  return `http://localhost:${port && /^\d+$/.test(port) ? port : "3000"}`;
}

export type Env = z.infer<typeof schema>;

function readEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env = readEnv();

/** True when SITE_URL was not set and env.SITE_URL is the localhost default. */
export const siteUrlIsDefault = !process.env.SITE_URL;
