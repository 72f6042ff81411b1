-- Data only: databases seeded before the seed's fix carry the latest publication as the first one.
-- An entry's first publication is its earliest published revision (hidden or not: it was public then).
UPDATE "Entry" e
SET "firstPublishedAt" = first."publishedAt"
FROM (SELECT "entryId", min("publishedAt") AS "publishedAt" FROM "Revision" WHERE "publishedAt" IS NOT NULL GROUP BY "entryId") first
WHERE first."entryId" = e.id AND (e."firstPublishedAt" IS NULL OR e."firstPublishedAt" > first."publishedAt");
