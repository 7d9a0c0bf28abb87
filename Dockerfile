# storybot in a container: compiled in the build stage, run from a stage that holds only the build,
# the production modules and the bundled stories (no TypeScript source, no npm cache).
#   docker build -t storybot .
#   docker run -d --name storybot --env-file .env -v storybot-stories:/app/knowledge -v storybot-cache:/app/.cache storybot
# README → "Running in production". test/deploy/dockerfile.test.ts builds these two stages without Docker.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY adapters ./adapters
COPY scripts ./scripts
# The production install; its `prepare` compiles the source into dist/.
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY data ./data
COPY knowledge ./knowledge
# The stories and the persisted index live in volumes the unprivileged user can write.
RUN mkdir -p .cache && chown node:node .cache knowledge
USER node
VOLUME ["/app/knowledge", "/app/.cache"]
# Passes while a Discord/Slack bot keeps its heartbeat fresh (`storybot health`, one file stat).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["node", "bin/storybot.js", "health"]
# Every platform configured in the environment (--env-file .env); with none, the terminal chat (docker run -it).
CMD ["node", "bin/storybot.js", "start"]
