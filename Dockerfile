# The API for docker compose (Neo4j comes from the official image there, so no JDK here).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json codegen.ts ./
COPY schema ./schema
COPY seeds ./seeds
COPY src ./src
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["npx", "tsx", "src/index.ts"]
