// The schema.org types the record's entries are described with.
import type { SourceContent } from "../entries/source-schema";

/** The closest schema.org type for each kind of source; news and investigations are NewsArticles. */
export const SOURCE_SCHEMA_TYPES = {
  "news-article": "NewsArticle",
  "investigative-report": "NewsArticle",
  "official-statement": "Article",
  testimony: "CreativeWork",
  "encyclopedia-article": "Article",
  "social-media-post": "SocialMediaPosting",
  video: "VideoObject",
  "academic-work": "ScholarlyArticle",
  "court-document": "DigitalDocument",
  other: "CreativeWork",
} as const satisfies Record<SourceContent["sourceType"], string>;

export type SourceSchemaType = (typeof SOURCE_SCHEMA_TYPES)[SourceContent["sourceType"]];
export type ActorSchemaType = "Person" | "Organization";

/** The schema.org type of each linked actor and source, keyed `kind/slug` like the page's link targets. */
export type EntityTypes = Map<string, ActorSchemaType | SourceSchemaType>;
