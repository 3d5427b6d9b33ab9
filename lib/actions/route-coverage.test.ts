import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every route handler that can change data (POST, PUT, PATCH, DELETE) goes through defineRoute,
// or, for the routes no session stands behind, through definePublicRoute. Read with the
// TypeScript parser, so that no way of exporting a handler escapes the check.

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The routes no session stands behind, and what admits a request instead. */
const PUBLIC_ROUTES: Record<string, string> = {
  "app/api/views/route.ts": "a page of the site and not a bot (the readers' view beacon)",
  "app/api/internal/publish-scheduled/route.ts": "the scheduler's key",
};

/**
 * next-auth's own handler: signing in is the POST that comes before any session, guarded by
 * next-auth's CSRF token and the sign-in throttle; e2e/authorisation-matrix-routes.spec.ts checks it.
 */
const SIGN_IN = "app/api/auth/[...nextauth]/route.ts";

function routes(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routes(full);
    return /^route\.tsx?$/.test(entry.name) ? [full.split(path.sep).join("/")] : [];
  });
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** What each exported name of a module is made by: "defineRoute" for `export const POST = defineRoute(...)`. */
function exportsOf(source: string): Record<string, string> {
  const file = ts.createSourceFile("route.ts", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const made: Record<string, string> = {};
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && isExported(statement))
      made[statement.name.text] = "a function of its own";
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const { name, initializer } of statement.declarationList.declarations) {
        const call =
          initializer && ts.isCallExpression(initializer) && ts.isIdentifier(initializer.expression)
            ? initializer.expression.text
            : "something other than a definition";
        if (ts.isIdentifier(name)) made[name.text] = call;
        else
          for (const element of name.elements)
            if (ts.isBindingElement(element)) made[element.name.getText(file)] = "a destructured value";
      }
    }
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause))
      for (const element of statement.exportClause.elements) made[element.name.text] = "a re-export";
    if (ts.isExportDeclaration(statement) && !statement.exportClause) made["*"] = "a re-export of everything";
  }
  return made;
}

/** The handlers of a route that change data, and what each is made by. */
const mutatingHandlers = (source: string) =>
  Object.entries(exportsOf(source)).filter(([name]) => MUTATING.has(name) || name === "*");

const all = routes("app");

describe("data-changing route handlers", () => {
  it("are found where the app keeps them", () => {
    expect(all.filter((file) => mutatingHandlers(readFileSync(file, "utf8")).length).length).toBeGreaterThanOrEqual(4);
  });

  it("are told apart from handlers made any other way", () => {
    expect(
      mutatingHandlers(`
        export const POST = defineRoute({});
        export async function PUT() {}
        export const PATCH = async () => new Response();
        export { handler as DELETE };
        export const GET = defineRoute({});
      `),
    ).toEqual([
      ["POST", "defineRoute"],
      ["PUT", "a function of its own"],
      ["PATCH", "something other than a definition"],
      ["DELETE", "a re-export"],
    ]);
  });

  it.each(all.filter((file) => file !== SIGN_IN))("%s changes data only through its definition", (file) => {
    const wrapper = file in PUBLIC_ROUTES ? "definePublicRoute" : "defineRoute";
    const handlers = mutatingHandlers(readFileSync(file, "utf8"));
    expect(handlers.filter(([, made]) => made !== wrapper)).toEqual([]);
  });

  it("leaves only next-auth's sign-in to its own handler", () => {
    expect(mutatingHandlers(readFileSync(SIGN_IN, "utf8")).map(([name]) => name)).toEqual(["POST"]);
  });
});
