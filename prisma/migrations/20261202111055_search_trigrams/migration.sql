-- Trigram matching for search that forgives misspellings (lib/search/search-entries.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "names" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "SearchDocument_names_idx" ON "SearchDocument" USING GIN ("names" gin_trgm_ops);

-- Rows indexed before this migration get their folded title (the first line of "folded") until
-- their next publication writes title, aliases and places.
UPDATE "SearchDocument" SET "names" = split_part("folded", E'\n', 1) WHERE "names" = '';
