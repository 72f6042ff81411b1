"use client";

// Who else has this entry open: a heartbeat every 15 seconds records this user and answers the others.
import { useEffect, useEffectEvent, useState } from "react";
import { presenceAction } from "@/lib/studio/actions/entries";
import type { PresenceView } from "@/lib/revisions/record-presence";

const PRESENCE_INTERVAL_MS = 15_000;

export function usePresence(entryId: string | undefined): PresenceView[] {
  const [others, setOthers] = useState<PresenceView[]>([]);
  const heartbeat = useEffectEvent(async () => {
    if (!entryId) return;
    try {
      const result = await presenceAction(entryId);
      if (result.ok) setOthers(result.others);
    } catch {
      // Presence is a courtesy; a missed heartbeat is retried on the next tick.
    }
  });
  useEffect(() => {
    if (!entryId) return;
    const first = setTimeout(() => void heartbeat(), 0);
    const timer = setInterval(() => void heartbeat(), PRESENCE_INTERVAL_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [entryId]);
  return others;
}
