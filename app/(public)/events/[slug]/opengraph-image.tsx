import { entryShareCardImage, entryShareCardMetadata } from "@/lib/seo/share-card";

// The share card follows the published revision: rendered on each request (lib/seo/share-card.tsx).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export function generateImageMetadata(props: Props) {
  return entryShareCardMetadata("event", props);
}

export default function Image(props: Props & { id: Promise<string | number> }) {
  return entryShareCardImage("event", props);
}
