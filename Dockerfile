# The API + explorer image used by docker-compose.yml. Neo4j runs in its own container.

# Build stage: every dependency (dev ones included) to build the client and compile the server.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY common/package.json common/
COPY model/package.json model/
COPY scripts/package.json scripts/
COPY graph-seed/package.json graph-seed/
COPY graph-layout/package.json graph-layout/
COPY server/package.json server/
COPY client/package.json client/
COPY testkit/package.json testkit/
COPY tests/package.json tests/
COPY bench/package.json bench/
RUN npm ci --include=dev
COPY . .
# dist/ (server, layout thread, seed import) and client/dist/.
RUN npm run build

# Runtime stage: production dependencies of the workspaces the server bundles, the built files
# and the seed data. No TypeScript, no build tools, no test tooling.
FROM node:20-bookworm-slim AS runtime
# tini as PID 1: passes SIGTERM/SIGINT to node and reaps zombies.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json .npmrc ./
COPY common/package.json common/
COPY model/package.json model/
COPY scripts/package.json scripts/
COPY graph-seed/package.json graph-seed/
COPY graph-layout/package.json graph-layout/
COPY server/package.json server/
COPY client/package.json client/
COPY testkit/package.json testkit/
COPY tests/package.json tests/
COPY bench/package.json bench/
RUN npm ci --omit=dev --workspace=@rrn/common --workspace=@rrn/model --workspace=@rrn/graph-layout --workspace=@rrn/graph-seed --workspace=@rrn/server --include-workspace-root=false \
  && npm cache clean --force
COPY --from=build /app/dist dist/
COPY --from=build /app/client/dist client/dist/
COPY --from=build /app/client/dist-ssr client/dist-ssr/
COPY --from=build /app/graph-seed/data graph-seed/data/
COPY --from=build /app/graph-seed/sources graph-seed/sources/
USER node
EXPOSE 4000
ENTRYPOINT ["/usr/bin/tini", "--"]
# The listening process is node itself (no npm, no shell): SIGTERM from `docker stop` reaches
# it through tini, and it drains for SHUTDOWN_GRACE_MS before exiting 0. The seed import is a
# service of its own in docker-compose.yml (same image: node dist/seed.js).
CMD ["node", "--enable-source-maps", "dist/server.js"]
