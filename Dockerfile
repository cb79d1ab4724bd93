# The production image: `docker compose up` (compose.yaml) runs it beside PostgreSQL.
# Next's standalone output, completed by scripts/build-standalone.ts with our HTTP server, the
# document worker and the migration runner (bundled, their packages traced): the runtime stage
# carries only that directory, no sources and no full node_modules, and runs as a non-root user.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/prisma-generate.mjs ./scripts/prisma-generate.mjs
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
RUN groupadd --system --gid 1001 factcheck && useradd --system --uid 1001 --gid factcheck factcheck
COPY --from=build --chown=factcheck:factcheck /app/.next/standalone ./
USER factcheck
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://localhost:3000/api/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# Pending migrations first (and demo accounts with SEED_DEMO_DATA=true), then the server.
CMD ["sh", "-c", "node migrate.mjs && exec node server.mjs"]
