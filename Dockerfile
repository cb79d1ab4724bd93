# The production image: `docker compose up` (compose.yaml) runs it beside PostgreSQL.
# Not Next's standalone output: articles are sanitized in worker threads that load our
# TypeScript through tsx, and our own HTTP server (scripts/server.ts) sits around Next, so the
# image carries the app's sources and node_modules, built once, run as a non-root user.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/prisma-generate.mjs ./scripts/prisma-generate.mjs
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npx next build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
RUN groupadd --system --gid 1001 factcheck && useradd --system --uid 1001 --gid factcheck factcheck
COPY --from=build --chown=factcheck:factcheck /app ./
USER factcheck
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://localhost:3000/api/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# npm start applies pending migrations, then serves the build made above (no rebuild: sources are unchanged).
CMD ["npm", "start"]
