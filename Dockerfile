# The API image for docker compose (Neo4j comes from the official image there, so no JDK here).
# Build stage: compile TypeScript to dist/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# Runtime: production dependencies and the compiled code only, as the unprivileged node user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schema ./schema
# The explorer page's own files (served as they are, with Cytoscape.js from node_modules).
COPY src/web/public ./src/web/public
COPY seeds ./seeds
USER node
EXPOSE 4000
# Ready: Neo4j answers, migrations ran, seeds are loaded.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is the container's main process (no npm or npx wrapper): `docker stop` sends SIGTERM to the app's own handler.
CMD ["node", "dist/index.js"]
