import { z } from "zod";

// Read and validate the environment once. Defaults make `npm start` work on a laptop.
const schema = z.object({
  DATABASE_URL: z.string().min(1).default("file:./data/broadsheet.db"),
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .default("http://localhost:3000")
    .transform((url) => url.replace(/\/+$/, "")),
  // Where uploaded images are kept. Only the local filesystem for now; see README "Media storage".
  MEDIA_STORAGE: z.enum(["local"]).default("local"),
  MEDIA_DIR: z.string().min(1).default("data/media"),
  // How long the "Most read" rail (and the pages showing it) may be served before it is recounted.
  MOST_READ_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

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
