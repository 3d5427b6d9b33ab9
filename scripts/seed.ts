// `npm run db:seed`: migrate, then seed the demo publication into an empty database.
import { prepareDatabase } from "./prepare-db";

prepareDatabase().catch((e) => {
  console.error(e);
  process.exit(1);
});
