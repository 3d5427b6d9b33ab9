// `npm run db:migrate`: apply pending migrations (SQLite files get WAL mode) without seeding.
import { migrate } from "./lib/database";

migrate();
