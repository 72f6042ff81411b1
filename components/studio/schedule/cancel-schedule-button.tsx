"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { cancelScheduleAction } from "@/lib/studio/actions/scheduled";

export function CancelScheduleButton({ scheduleId, title }: { scheduleId: string; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={isPending}
        onClick={() =>
          startTransition(async () => {
            const result = await cancelScheduleAction(scheduleId);
            if (!result.ok) return setError(result.formError ?? "It could not be cancelled");
            router.refresh();
          })
        }
      >
        {isPending ? "Cancelling…" : "Cancel"}
        <span className="visually-hidden"> the publication of {title}</span>
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
