# The API + explorer image used by docker-compose.yml. Neo4j runs in its own container.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json .npmrc ./
COPY common/package.json common/
COPY scripts/package.json scripts/
COPY graph-seed/package.json graph-seed/
COPY graph-layout/package.json graph-layout/
COPY server/package.json server/
COPY client/package.json client/
COPY testkit/package.json testkit/
COPY tests/package.json tests/
COPY bench/package.json bench/
# Dev dependencies are needed to build the client and to run TypeScript through tsx.
RUN npm ci --include=dev
COPY . .
RUN npm run build
EXPOSE 4000
# Import (idempotent, keeps curator data) then serve.
CMD ["sh", "-c", "npm run seed && npm run serve"]
