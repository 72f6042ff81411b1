#!/usr/bin/env node
// `npm run db:drift`: fails when prisma/schema.prisma and prisma/migrations disagree.
import { diffMigrationsToSchema } from "./prisma-diff.mjs";

const { hasChanges, sql } = diffMigrationsToSchema();
if (hasChanges) {
  console.error("expediente: prisma/schema.prisma has changes that no migration contains. Write one with npm run db:new -- <name>:\n");
  console.error(sql);
  process.exit(1);
}
console.error("[drift] schema.prisma and prisma/migrations agree");
