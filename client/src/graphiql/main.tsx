/**
 * The GraphQL IDE (GraphiQL, from npm), its own Vite entry: the server answers a browser's
 * GET /graphql with this page, so the API can be explored offline and under the site's CSP,
 * with every script, style, font and worker served from this origin. Monaco's editor and
 * language workers are bundled by Vite (graphiql/setup-workers/vite).
 */
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./graphiql.css";

const fetcher = createGraphiQLFetcher({ url: "/graphql" });

const defaultQuery = `# The explorer's API. Ctrl-Enter runs a query; the Docs button lists every field.
query FirstLook {
  search(query: "six core strategies") {
    id
    type
    label
  }
}
`;

const root = document.getElementById("graphiql");
if (!root) throw new Error("graphiql.html has no #graphiql element");
createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
  </StrictMode>,
);
